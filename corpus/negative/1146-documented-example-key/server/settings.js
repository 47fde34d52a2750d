'use strict';

module.exports = {
  requestTimeoutSeconds: '60',
  sentryEnvironment: 'production',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  awsRegion: 'eu-west-1',
};
