'use strict';

module.exports = {
  secretKeyBase: '79393327af7aa1988ce32caf211eb310687ed4489b8d07501e775b15cbf759a078ea1e3f579ebb63c8ce6a27c77d0af4054bd21b427a33f9b075a17a533a3ae1',
  port: '8443',
  appEnv: 'staging',
  serviceName: 'orbit-gateway',
};
