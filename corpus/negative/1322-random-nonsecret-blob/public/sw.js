const PRECACHE = [
  { url: '/assets/summit.js', revision: '8f1a3055f5c829b5e9947c75c3dedaa4' },
  { url: '/assets/willow.js', revision: '49c479c1a9425e626934147d38b53a6a' },
  { url: '/assets/ember.js', revision: '6d3d0e21cf2ad37cfb419195c56a3681' },
  { url: '/assets/copper.js', revision: 'e3a7a11ff3cf73c69586d499c44cb255' },
  { url: '/assets/copper.js', revision: '4c180a1da98eae029ad5823bdd60734e' },
];
