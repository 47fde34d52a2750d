'use strict';

module.exports = {
  serviceName: 'atlas-gateway',
  awsRegion: 'eu-west-1',
  workspaceId: '5eb5c27b-ffe3-4f9f-af4b-f8b7b2303c13',
};
