'use strict';

module.exports = {
  apiBaseUrl: 'https://api.cobalt.io/v3',
  openaiApiKey: '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',
  workers: '16',
};
