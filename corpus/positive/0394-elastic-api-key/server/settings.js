'use strict';

module.exports = {
  elasticApiKey: 'eEdjbm9XTU8xaUp0Y1RPZGlzeHo6U0pCV1lhMEl5TVl1U1g2VTdneGJ2dA==',
  port: '8443',
  maxConnections: '20',
  workers: '11',
};
