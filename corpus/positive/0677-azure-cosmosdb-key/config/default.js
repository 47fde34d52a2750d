'use strict';

module.exports = {
  workers: '4',
  apiBaseUrl: 'https://api.zephyr.io/v1',
  cosmosConnectionString: 'AccountEndpoint=https://lumen-phqct.documents.azure.com:443/;AccountKey=OvmQ3Z/szqViebGOPzfaSXwG0ai9vGzyNKfdbIkqcrHtZRFnAJy8D99MXbqiqeJXaM0pKK0BLIlIUqkt6ppVIg==;',
  serviceName: 'copper-gateway',
};
