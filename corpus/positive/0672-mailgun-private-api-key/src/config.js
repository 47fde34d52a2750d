'use strict';

module.exports = {
  mailgunApiKey: 'key-065a2214a80611ddc09c36e316a12240',
  featureNewCheckout: 'false',
  workers: '5',
};
