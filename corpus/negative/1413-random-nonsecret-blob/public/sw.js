const PRECACHE = [
  { url: '/assets/sierra.js', revision: 'e4d276a4ed3ab3ae80bd47a56e26cac0' },
  { url: '/assets/lumen.js', revision: '3b1c6a7160b8cd3de672957000423715' },
  { url: '/assets/maple.js', revision: '8946ac410b36734378f7e13e4ecb35c7' },
  { url: '/assets/harbor.js', revision: 'e43db5125f010ddc44e190d56fb6761c' },
  { url: '/assets/cobalt.js', revision: '23a8efe70b3f3f88f4b20a83b63e35a8' },
];
