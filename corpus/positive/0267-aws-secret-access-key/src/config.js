'use strict';

module.exports = {
  awsSecretAccessKey: 'o09ogdGOtEW+Ia9Bz5dvzgiXjS0NWP638LtWJxsP',
  maxConnections: '100',
  awsRegion: 'us-east-1',
  logLevel: 'warn',
};
