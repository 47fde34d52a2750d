'use strict';

module.exports = {
  awsRegion: 'eu-west-1',
  themePrimaryColor: '#944730',
  buildId: '27b57c5067ff7e1850cf',
  cacheBuster: '21mm9ttyv6',
  release: 'lumen@7.5.8+9c6e63e',
  apiBaseUrl: 'https://api.falcon.io/v1',
};
