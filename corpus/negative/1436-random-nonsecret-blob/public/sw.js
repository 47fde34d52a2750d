const PRECACHE = [
  { url: '/assets/atlas.js', revision: 'fdc59fedfa78741aa6f6b23ef7c72d3e' },
  { url: '/assets/orbit.js', revision: '3d0bb87ec8dcea008739cdb1d926d1c3' },
  { url: '/assets/raven.js', revision: '7c4542f41d3b4b84f80e0b7f65fb3d67' },
  { url: '/assets/zephyr.js', revision: '6955d12f41e21572fcbcc8c9fee2da73' },
];
