'use strict';

module.exports = {
  googleMapsServerKey: 'AIza09oyAczYS_iChLgpghki9rtUE4ARQFApKuO',
  appEnv: 'staging',
  featureNewCheckout: 'false',
  apiBaseUrl: 'https://api.onyx.io/v1',
};
