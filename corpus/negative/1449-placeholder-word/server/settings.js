'use strict';

module.exports = {
  awsSecretAccessKey: 'secret',
  requestTimeoutSeconds: '10',
};
