'use strict';

module.exports = {
  testUnsignedJwt: 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzU4MzgwNjMzfQ.',
  port: '9000',
};
