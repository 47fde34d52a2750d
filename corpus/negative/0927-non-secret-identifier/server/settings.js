'use strict';

module.exports = {
  maxConnections: '50',
  appEnv: 'prod',
  port: '5000',
  instanceId: 'i-0a8c25c0ffeb85e63',
  roleArn: 'arn:aws:iam::725083799991:role/copper-deploy',
};
