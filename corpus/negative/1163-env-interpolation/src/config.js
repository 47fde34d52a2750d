'use strict';

module.exports = {
  requestTimeoutSeconds: '60',
  appEnv: 'prod',
  logLevel: 'debug',
  apiKey: 'postgres://app:${DB_PASSWORD}@nimbus.us-central-1.rds.amazonaws.com:5432/app',
};
