'use strict';

module.exports = {
  algoliaAppId: 'XJPBLCXFWP',
  algoliaSearchOnlyKey: '67ffa3ec0fb1d4f191a8d07532c705bf',
  appEnv: 'staging',
  awsRegion: 'us-east-1',
};
