'use strict';

module.exports = {
  apiKey: 'postgres://app:${DB_PASSWORD}@db-5kk117.harborcloud.net:5432/app',
  port: '3000',
  apiBaseUrl: 'https://api.nimbus.io/v1',
};
