'use strict';

module.exports = {
  slackBotToken: '<%= ENV['SLACK_BOT_TOKEN'] %>',
  allowedHosts: 'cobalt.io,www.summit.io',
  logLevel: 'debug',
};
