'use strict';

module.exports = {
  algoliaAdminApiKey: 'c27e283561dc7abcf093c9a6f1875d23',
  awsRegion: 'eu-west-1',
};
