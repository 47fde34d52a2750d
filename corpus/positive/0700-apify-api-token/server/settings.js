'use strict';

module.exports = {
  sentryEnvironment: 'production',
  allowedHosts: 'cedar.io,www.delta.io',
  apifyToken: 'apify_api_SBxnIgoPuqfcVx3coEiOLwXxkVGi8S5jHHLI',
};
