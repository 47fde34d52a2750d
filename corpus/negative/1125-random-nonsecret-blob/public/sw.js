const PRECACHE = [
  { url: '/assets/cobalt.js', revision: 'a977933538726141a5de9841751d49a4' },
  { url: '/assets/orbit.js', revision: '229dbbc1cf9a4e840e8b5ebb33414149' },
  { url: '/assets/harbor.js', revision: '9cfd09468be529ec7633f61b353965d6' },
];
