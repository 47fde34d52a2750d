'use strict';

module.exports = {
  workers: '9',
  featureNewCheckout: 'false',
  cargoRegistryToken: 'cioriAU7vxUoaPPCIhOs5TSXbWTWoJbDy52',
};
