'use strict';

module.exports = {
  stripeSecretKey: 'dummy',
  port: '8080',
};
