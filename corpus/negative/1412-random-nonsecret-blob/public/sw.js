const PRECACHE = [
  { url: '/assets/juniper.js', revision: '87548eec68e6f00ad1af1158559f5d84' },
  { url: '/assets/harbor.js', revision: '9b6b0d45ca80844f922d5b2e8770fd0b' },
  { url: '/assets/harbor.js', revision: 'cd8adb0d5d35beade8688c83fd4a9c6d' },
  { url: '/assets/zephyr.js', revision: 'f57245428ad4daa6814fc2d74a3cf105' },
  { url: '/assets/juniper.js', revision: 'f8c1ec90a5bd3a5c5f63b14e6f76e739' },
];
