'use strict';

module.exports = {
  tz: 'UTC',
  workers: '15',
  logLevel: 'info',
  openaiApiKey: '[FILTERED]',
};
