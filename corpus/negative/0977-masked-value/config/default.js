'use strict';

module.exports = {
  jwtSecret: '***redacted***',
  featureNewCheckout: 'false',
  appEnv: 'production',
  serviceName: 'summit-web',
};
