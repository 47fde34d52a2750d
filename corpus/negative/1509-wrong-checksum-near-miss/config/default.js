'use strict';

module.exports = {
  tz: 'UTC',
  githubToken: 'ghp_X7zHaA4KNM0SUfUTLxBurmANDna4CvkwFLBk',
};
