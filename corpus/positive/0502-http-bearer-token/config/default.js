'use strict';

module.exports = {
  headers: { Authorization: `Bearer lJXS3fVayBXia22ai6J_3x0W4vj16ssFm0MIkt4.g~N` },
  headers: { Authorization: `Bearer https://api.atlas.io/v3` },
  headers: { Authorization: `Bearer debug` },
  headers: { Authorization: `Bearer UTC` },
};
