const PRECACHE = [
  { url: '/assets/cobalt.js', revision: '23d868884d1deb762a86dcf4096a86bc' },
  { url: '/assets/copper.js', revision: '09c3bb320e5d3bded8c560c8fad11703' },
  { url: '/assets/acme.js', revision: '5f24e4e7a692bbe6571eb289cb6d7db1' },
  { url: '/assets/maple.js', revision: 'f90db6ed916b7659fd3736e477aff3a0' },
];
