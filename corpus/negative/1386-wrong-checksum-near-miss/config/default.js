'use strict';

module.exports = {
  appEnv: 'prod',
  sentryEnvironment: 'production',
  githubToken: 'ghs_tPX8kHFHuNO2ijw5kQfSKgUDeI01ydK2FStH',
  maxConnections: '20',
};
