'use strict';

module.exports = {
  recaptchaSiteKey: '6LYHjCEJfP0E6H8nbBEL0Rp0Ura7SWOZ7rkWBMy-',
  maxConnections: '50',
  sentryEnvironment: 'production',
};
