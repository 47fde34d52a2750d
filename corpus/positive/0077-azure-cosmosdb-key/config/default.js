'use strict';

module.exports = {
  appEnv: 'prod',
  cosmosConnectionString: 'AccountEndpoint=https://sierra-gnpta.documents.azure.com:443/;AccountKey=yKmhHqo1xoEzg9bXjR9BNnhMNR/yop2V16psOALqXRFGqwdfob7pgYhZDyGgwiyy5wlsFyPUyaX23+sjAyenxg==;',
  port: '9000',
};
