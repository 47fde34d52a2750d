'use strict';

module.exports = {
  serviceName: 'onyx-web',
  maxConnections: '50',
  dbPassword: 'xoxb-****-****',
};
