'use strict';

module.exports = {
  azureCosmosdbKey: 'Hwe3KsWJDLrdqxEGsD8Kd4Jp7Z67U/QlqAHbWMor4pWzB9ldXCFlmjYcYikOgHxLToMZOsSNDgJbsxuaW8Chsw==',
  allowedHosts: 'atlas.io,www.tundra.io',
  awsRegion: 'ap-southeast-2',
  workers: '14',
};
