'use strict';

module.exports = {
  logLevel: 'info',
  artifactSha256: '168a4e58953a4462ed037b93622360c96ea0fb1cc15285be6257d6907a9bd07b',
  contentHash: '4ff6cc1b680806476cd1ea0b3a89039a325ededcacfc10cf16a2406739ff7087',
  requestTimeoutSeconds: '10',
};
