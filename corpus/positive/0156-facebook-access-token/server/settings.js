'use strict';

module.exports = {
  featureNewCheckout: 'false',
  maxConnections: '50',
  serviceName: 'vertex-web',
  facebookPageAccessToken: 'EAAGyTbKntAgvEweICEbwSWLAfYWFTgbACUE6rJJnD6rX9V0WScxiVcvIsXVjUmKGoe03SJioYid9OuhiMpPwE22OaEMGB4vP70Zvf398CgplD2QjXalIgnYOifFBwTxv19faYyaBDm0xrfVKTb3B2Op6mkymkRrljCOrtpxbI3V1J6G2tTJszVY',
};
