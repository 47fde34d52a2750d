'use strict';

module.exports = {
  logLevel: 'debug',
  themePrimaryColor: '#a09cfe',
  buildId: '1340254110725bb69261',
  cacheBuster: 'n8wdq8b667',
  release: 'ember@8.4.5+56a76db',
  maxConnections: '100',
};
