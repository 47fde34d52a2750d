const PRECACHE = [
  { url: '/assets/sierra.js', revision: 'eec61c346eae761a1f0b189822082422' },
  { url: '/assets/nimbus.js', revision: 'ea38810454df5694cc8efcda5911590b' },
  { url: '/assets/zephyr.js', revision: 'c2d8826d4e15d8660a7d1f265b42b724' },
  { url: '/assets/willow.js', revision: '14e2f891bdda26fa38328f7248403564' },
  { url: '/assets/delta.js', revision: '6d1824b7aaba300a0b75e0905b8325e0' },
  { url: '/assets/sierra.js', revision: 'f363afa7fb06c3116a90b1dde79057e8' },
];
