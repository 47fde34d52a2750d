'use strict';

module.exports = {
  allowedHosts: 'lumen.io,www.nimbus.io',
  appEnv: 'prod',
  sentryEnvironment: 'production',
  triggerToken: 'glptt-cc583def65b6ac7e055b7cfc587a5601148754f3',
};
