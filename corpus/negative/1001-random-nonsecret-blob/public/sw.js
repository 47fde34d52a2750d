const PRECACHE = [
  { url: '/assets/harbor.js', revision: '069dc09588440d01ed573b65b679c0fe' },
  { url: '/assets/willow.js', revision: 'd627610849ec3be4a2e49ab7e0e76b0c' },
  { url: '/assets/acme.js', revision: 'ef774e15e6275d86b623c8cdb853c7db' },
  { url: '/assets/copper.js', revision: '576cc290b52ab9d2fec82431eb37f07e' },
  { url: '/assets/orbit.js', revision: '0818bf68f3ed7c0a2dc52e6f577c05f4' },
  { url: '/assets/nimbus.js', revision: '9246b7ea188c66e857feb90f8a7983da' },
];
