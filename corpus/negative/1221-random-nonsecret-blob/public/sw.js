const PRECACHE = [
  { url: '/assets/summit.js', revision: '2443f62d04515331ae587c40a4bbce2b' },
  { url: '/assets/sierra.js', revision: '124464a79c5582c710da3de14f3bb29a' },
  { url: '/assets/acme.js', revision: '3c8222b0a1866de38da3d2dbbe12895f' },
  { url: '/assets/acme.js', revision: 'c2240566e4d0c6113d07ffe98e578c1f' },
  { url: '/assets/summit.js', revision: '26f977f90be5d67c7a13627effa42a8d' },
];
