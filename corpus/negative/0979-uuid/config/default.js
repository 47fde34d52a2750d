'use strict';

module.exports = {
  subscriptionId: '8fe55e10-1fb4-4eff-ab8f-8cf547a29a09',
  featureNewCheckout: 'true',
};
