const PRECACHE = [
  { url: '/assets/pebble.js', revision: '93f84ea1eccc3bcbb0ab0ff741c0b948' },
  { url: '/assets/copper.js', revision: 'a0c42bef3523a3b712f0058ffdc747c0' },
  { url: '/assets/vertex.js', revision: '12d3710644cf480dadd30fa9f2363409' },
];
