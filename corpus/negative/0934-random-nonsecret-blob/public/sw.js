const PRECACHE = [
  { url: '/assets/willow.js', revision: '023d06acca67a24b6234bb241ee3690b' },
  { url: '/assets/tundra.js', revision: '70aa6fa2560dd7c04eb03e319920b1f1' },
  { url: '/assets/copper.js', revision: '0498368cd16fdd239e3138be5c141356' },
];
