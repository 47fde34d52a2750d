'use strict';

module.exports = {
  cacheTtl: '3600',
  courierAuthToken: 'pk_prod_QMK02SCI0PVYWTBXYUDEKPDG1H7W',
  sentryEnvironment: 'production',
};
