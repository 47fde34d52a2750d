const PRECACHE = [
  { url: '/assets/orbit.js', revision: 'aa71e7a1119d039401a6b9ad3fe33b05' },
  { url: '/assets/juniper.js', revision: '6490cf59b709f9069dc09588440d01ed' },
  { url: '/assets/quartz.js', revision: '73b65b679c0fed627610849ec3be4a2e' },
  { url: '/assets/vertex.js', revision: '49ab7e0e76b0c0ef774e15e6275d86b6' },
  { url: '/assets/nimbus.js', revision: '3c8cdb853c7db576cc290b52ab9d2fec' },
];
