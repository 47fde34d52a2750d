'use strict';

module.exports = {
  tz: 'UTC',
  allowedHosts: 'acme.io,www.cedar.io',
  apiBaseUrl: 'https://api.orbit.io/v3',
  slackBotToken: 'qwertyuiopasdfghjklzxcvbnm',
};
