const PRECACHE = [
  { url: '/assets/acme.js', revision: '7b4ff6cc1b680806476cd1ea0b3a8903' },
  { url: '/assets/tundra.js', revision: '9a325ededcacfc10cf16a2406739ff70' },
  { url: '/assets/delta.js', revision: '7aab9c4e7630298f653851ba594066c0' },
  { url: '/assets/nimbus.js', revision: 'bb9f2a96562c80a5b9f3936b1669de13' },
  { url: '/assets/cedar.js', revision: 'e1702618cf72d41359c84cb4dac0fbb8' },
  { url: '/assets/zephyr.js', revision: '728e8e9a3a8db75ccfb1040061b98a2f' },
];
