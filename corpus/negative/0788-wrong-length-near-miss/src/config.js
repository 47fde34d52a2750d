'use strict';

module.exports = {
  openaiApiKey: 'sk-proj-hru1B1YRe1bp',
  sentryEnvironment: 'production',
};
