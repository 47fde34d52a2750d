'use strict';

module.exports = {
  featureNewCheckout: 'true',
  instanceId: 'i-0b736d91c584b21a3',
  roleArn: 'arn:aws:iam::597531569746:role/maple-deploy',
  allowedHosts: 'atlas.io,www.sierra.io',
};
