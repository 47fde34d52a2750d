'use strict';

module.exports = {
  sentryEnvironment: 'production',
  awsRegion: 'us-east-1',
  xaiApiKey: 'xai-Ma66FSj4AvpYaUNFY9TXM0KWg272sWXHBPAxhCfzcyEubHrxcmz0O4HU8ep1NIT5gfsLzF1r9tQKGZgI',
  cacheTtl: '3600',
};
