'use strict';

module.exports = {
  awsRegion: 'eu-west-1',
  newRelicApiKey: 'NRAK-H70GXV02FOEFHO73LSTHM2GSMRM',
};
