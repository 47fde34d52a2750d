const PRECACHE = [
  { url: '/assets/lumen.js', revision: '455587bac1bb6b56afba3c9b93bea0cb' },
  { url: '/assets/nimbus.js', revision: '01f0eb9b5cc220a392faeb6b47a58474' },
  { url: '/assets/falcon.js', revision: 'a990eafb0a6f2205999dd974afa2a025' },
  { url: '/assets/copper.js', revision: '1ea510ff09abab764356c04a84b22989' },
];
