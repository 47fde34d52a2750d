'use strict';

module.exports = {
  stripePriceId: 'price_5TzUNNyQny38VAiZ40ckED8Y',
  stripeCustomer: 'cus_qZtnaYNXOkGrqN',
  requestTimeoutSeconds: '30',
};
