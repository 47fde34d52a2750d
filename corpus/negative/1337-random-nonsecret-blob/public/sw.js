const PRECACHE = [
  { url: '/assets/copper.js', revision: '6b4a89b1d369b3142f8afbf14ab60f56' },
  { url: '/assets/juniper.js', revision: '25c1d00936cc1939d3b2eedd7e48ced9' },
  { url: '/assets/maple.js', revision: 'c452fb0e080f4e8a2018e44e12b6451f' },
  { url: '/assets/sierra.js', revision: 'e182524dd5062979994808bd832663d1' },
  { url: '/assets/atlas.js', revision: '08be20a39a07473e48946adacbb5d17b' },
  { url: '/assets/delta.js', revision: 'a94f54380378a6c92f40275436439360' },
];
