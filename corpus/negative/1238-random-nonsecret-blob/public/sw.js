const PRECACHE = [
  { url: '/assets/summit.js', revision: 'cee2a92fedd5ec915fbf39dd0c66cedd' },
  { url: '/assets/orbit.js', revision: '3fe62738a6c9e6e00856899bf205b9be' },
  { url: '/assets/onyx.js', revision: '3093e532ac450b8dd51757e551edc76b' },
  { url: '/assets/willow.js', revision: '518657b5d5038354984e94ab6b67ff8f' },
  { url: '/assets/zephyr.js', revision: '9d2797908d11a60d2392b1d6dd7cb2ca' },
];
