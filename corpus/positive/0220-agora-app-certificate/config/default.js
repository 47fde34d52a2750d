'use strict';

module.exports = {
  agoraAppCertificate: '02cec00d95e71f29995abc05bac08d08',
  requestTimeoutSeconds: '60',
};
