'use strict';

module.exports = {
  apiBaseUrl: 'https://api.raven.io/v2',
  githubToken: 'ghp_wJcoUcsfPQHBeSO6QHPNakHWTmbkhANU4pzG',
};
