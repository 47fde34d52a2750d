'use strict';

module.exports = {
  appEnv: 'production',
  logLevel: 'debug',
  ghPat: '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',
};
