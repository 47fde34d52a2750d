'use strict';

module.exports = {
  appEnv: 'staging',
  sentryEnvironment: 'production',
  azureSearchAdminKey: '096YcrIebKh6DOE2NFBiAIPqQ0BEAsihG8xAUub68IAGmXQ872dj',
  maxConnections: '50',
};
