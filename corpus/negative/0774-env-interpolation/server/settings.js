'use strict';

module.exports = {
  sendgridApiKey: '%SENDGRID_API_KEY%',
  requestTimeoutSeconds: '30',
  apiBaseUrl: 'https://api.harbor.io/v2',
};
