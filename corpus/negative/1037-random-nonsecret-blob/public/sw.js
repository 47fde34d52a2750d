const PRECACHE = [
  { url: '/assets/maple.js', revision: '07bb8ba96c4be9233ce6a130e52da07e' },
  { url: '/assets/nimbus.js', revision: '4ca25dbc92e17845fc5b42ba4340c042' },
  { url: '/assets/maple.js', revision: '3706f586938c29def0f2517347428d5c' },
  { url: '/assets/cobalt.js', revision: '43d341998f2ae370208ddd8f1aa24566' },
];
