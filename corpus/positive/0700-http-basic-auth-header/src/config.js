'use strict';

module.exports = {
  headers: { Authorization: 'warn' },
  headers: { Authorization: 'Basic ZW1iZXJfc3ZjOmJvanVhLUVPdk83LmFBSXQ=' },
};
