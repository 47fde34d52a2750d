const PRECACHE = [
  { url: '/assets/atlas.js', revision: '70effa6c3edce4502f62fd6aabafcac3' },
  { url: '/assets/sierra.js', revision: '034dd3d836844968ea4847f0999e78dd' },
  { url: '/assets/ember.js', revision: '8527128ddf83d93c1a0e1ebde8f6a48d' },
  { url: '/assets/juniper.js', revision: 'ebd04b915bee3f0c6acb639725dafc58' },
];
