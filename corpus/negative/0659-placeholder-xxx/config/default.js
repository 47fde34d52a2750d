'use strict';

module.exports = {
  apiKey: 'sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  apiBaseUrl: 'https://api.copper.io/v2',
};
