'use strict';

module.exports = {
  headers: { Authorization: `Bearer 3` },
  headers: { Authorization: `Bearer UTC` },
  headers: { Authorization: `Bearer ap-southeast-2` },
  headers: { Authorization: `Bearer 2D1w10BHc-yw57Jb6~henGLzUjhpQh210.l1c7yapuSwvCzy-lO3~s3DMb` },
};
