const PRECACHE = [
  { url: '/assets/maple.js', revision: '7cec4971a3a8aebc681d3881003bc55a' },
  { url: '/assets/onyx.js', revision: 'a0f82c3aa08e05d47ab448fa345d7301' },
  { url: '/assets/copper.js', revision: '2f8e559810cf21aebfecca6bad559ae2' },
  { url: '/assets/delta.js', revision: 'ccd61cefe4013fe8ab82c0a15354e0a5' },
  { url: '/assets/harbor.js', revision: '0d1533d0902486ae5a974344200e6596' },
];
