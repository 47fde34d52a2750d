const PRECACHE = [
  { url: '/assets/pebble.js', revision: '74eb800821f5ae40644ba1c28395e984' },
  { url: '/assets/sierra.js', revision: '159c9c9c075332b1011820be8166d8f2' },
  { url: '/assets/summit.js', revision: '033e398f8022b513216759839dcccb68' },
  { url: '/assets/atlas.js', revision: 'cd1db5bfe9ca015f9276588c257d1d6a' },
];
