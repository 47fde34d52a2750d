'use strict';

module.exports = {
  appEnv: 'prod',
  openaiApiKey: '${OPENAI_API_KEY:-}',
};
