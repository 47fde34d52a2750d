'use strict';

module.exports = {
  githubToken: '$GITHUB_TOKEN',
  awsRegion: 'eu-west-1',
};
