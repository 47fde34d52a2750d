'use strict';

module.exports = {
  workers: '6',
  openaiApiKey: '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',
};
