'use strict';

module.exports = {
  featureNewCheckout: 'true',
  logLevel: 'debug',
  sentryEnvironment: 'production',
  dbPassword: 'XXXXXXXXXXXXXXXXXXXXXXXX',
};
