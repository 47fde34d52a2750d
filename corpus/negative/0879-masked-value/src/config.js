'use strict';

module.exports = {
  appEnv: 'prod',
  workers: '14',
  apiKey: 'sk-...',
  logLevel: 'warn',
};
