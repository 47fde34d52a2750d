'use strict';

module.exports = {
  appEnv: 'prod',
  allowedHosts: 'nimbus.io,www.copper.io',
  browserstackAccessKey: 'qeFGTzvnvuYP76sbPAud',
};
