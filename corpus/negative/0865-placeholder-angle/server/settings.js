'use strict';

module.exports = {
  workers: '2',
  githubToken: '<GITHUB_TOKEN>',
  sentryEnvironment: 'production',
};
