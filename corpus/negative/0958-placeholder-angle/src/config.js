'use strict';

module.exports = {
  appEnv: 'production',
  databaseUrl: '<YOUR_API_KEY>',
};
