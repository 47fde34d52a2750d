'use strict';

module.exports = {
  githubToken: 'CHANGE_ME',
  cacheTtl: '300',
};
