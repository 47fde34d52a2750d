'use strict';

module.exports = {
  cacheTtl: '300',
  connectionstringsDefault: 'Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=onyx;User ID=billing;Password=SeBiUJGX6~u753g;Encrypt=True;',
  appEnv: 'staging',
  port: '3000',
};
