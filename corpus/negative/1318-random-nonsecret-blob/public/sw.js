const PRECACHE = [
  { url: '/assets/falcon.js', revision: 'cf1b072b9d2015ec68bb1917635bd7ef' },
  { url: '/assets/vertex.js', revision: 'd931f722a292d07722c4d72bdcbdd537' },
  { url: '/assets/atlas.js', revision: '7463288ec84141eb67615bc81d486372' },
  { url: '/assets/cedar.js', revision: '86404ebd60e1258cd500d1929e810f0a' },
];
