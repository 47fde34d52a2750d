'use strict';

module.exports = {
  appEnv: 'production',
  clientSecret: '${CLIENT_SECRET}',
};
