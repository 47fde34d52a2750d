'use strict';

module.exports = {
  logLevel: 'warn',
  workers: '2',
  circleToken: 'CCIPAT_GMo8S3p2hOZU4rNxV9iBrx_65d24ab5a9bb790778c02d464f70243c0cda1167',
  apiBaseUrl: 'https://api.vertex.io/v3',
};
