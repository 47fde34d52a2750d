const PRECACHE = [
  { url: '/assets/orbit.js', revision: 'c694b65259cb00a3d5d4e8f83d06aa09' },
  { url: '/assets/ember.js', revision: 'af33e430609cd4cd00d450d111f48607' },
  { url: '/assets/ember.js', revision: '8eb0b405f220433163cb9cb55635fdfa' },
  { url: '/assets/cedar.js', revision: '9e5c8062ed23b1839fdc799db467f2dd' },
  { url: '/assets/atlas.js', revision: 'f3a0138747c753cdd7375d9619e0711e' },
];
