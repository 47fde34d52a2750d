'use strict';

module.exports = {
  workers: '11',
  awsRegion: 'ap-southeast-2',
  discordWebhook: 'https://discord.com/api/webhooks/3095884775050702538/bGWg5tneGcj4VodLRRZQeDt-IVT5FTsyX1CU_vNwX4cFtFNZcW8YxzaQRWm8I26-BeOK',
};
