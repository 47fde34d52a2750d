'use strict';

module.exports = {
  apiBaseUrl: 'https://api.orbit.io/v3',
  maxConnections: '100',
  appEnv: 'production',
  openaiApiKey: 'projects/153500798971/secrets/openai-api-key/versions/latest',
};
