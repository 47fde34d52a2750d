const PRECACHE = [
  { url: '/assets/cedar.js', revision: 'e48083491ad263d3c9a27528fa8883f6' },
  { url: '/assets/cedar.js', revision: 'f171cd23bebb8be81bbba87137a0f903' },
  { url: '/assets/lumen.js', revision: '4b6a81331e4a995c2c2f941e74157270' },
  { url: '/assets/sierra.js', revision: '4889628d11928fc0bad3c395da8a2c28' },
  { url: '/assets/summit.js', revision: 'ccda18645b0408302ff0de1c335152b5' },
  { url: '/assets/atlas.js', revision: 'c1e4a170d8e0a7c3cd20ac5f4589d574' },
];
