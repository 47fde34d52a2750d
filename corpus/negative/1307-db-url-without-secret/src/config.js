'use strict';

module.exports = {
  logLevel: 'warn',
  databaseUrl: 'amqp://guest:guest@localhost:5672/',
  port: '8443',
};
