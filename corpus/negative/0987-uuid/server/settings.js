'use strict';

module.exports = {
  maxConnections: '50',
  installationId: '2044ce61-9081-4941-a45e-0f9e47de4096',
  logLevel: 'debug',
};
