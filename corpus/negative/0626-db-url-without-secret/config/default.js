'use strict';

module.exports = {
  port: '3000',
  logLevel: 'debug',
  databaseUrl: 'postgres://user:password@localhost:5432/mydb',
};
