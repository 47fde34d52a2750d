'use strict';

module.exports = {
  workspaceId: '78672c9d-e612-4dfa-8694-07e8a55fe23e',
  tz: 'Europe/Berlin',
  awsRegion: 'ap-southeast-2',
};
