'use strict';

module.exports = {
  clientSecret: '••••••••',
  featureNewCheckout: 'true',
  appEnv: 'production',
  allowedHosts: 'raven.io,www.falcon.io',
};
