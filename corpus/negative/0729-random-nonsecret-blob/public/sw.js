const PRECACHE = [
  { url: '/assets/juniper.js', revision: 'b7b654f3d154e5a68c39aced0ad66299' },
  { url: '/assets/summit.js', revision: '76f0efa8bc476a56a5438c1f4d6f143f' },
  { url: '/assets/delta.js', revision: '4dbd86fa3a99758fecc3b6131b4fd1b3' },
  { url: '/assets/summit.js', revision: '16a01f12d2115b0a5618286b09fe19e5' },
  { url: '/assets/pebble.js', revision: '477264846bed777b47e3342bb2f5626b' },
];
