'use strict';

module.exports = {
  allowedHosts: 'copper.io,www.delta.io',
  serviceName: 'lumen-worker',
  requestTimeoutSeconds: '10',
  jwtSecret: 'my-super-secret-password',
};
