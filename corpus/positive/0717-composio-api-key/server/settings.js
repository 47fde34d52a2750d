'use strict';

module.exports = {
  allowedHosts: 'lumen.io,www.nimbus.io',
  composioApiKey: 'ak_1qYbnLfAS0OQ8DPR3Ih8',
  featureNewCheckout: 'false',
  workers: '3',
};
