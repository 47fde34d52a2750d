'use strict';

module.exports = {
  apiBaseUrl: 'https://api.willow.io/v2',
  dbPassword: '{{ db_password }}',
  awsRegion: 'ap-southeast-2',
  serviceName: 'juniper-web',
};
