const PRECACHE = [
  { url: '/assets/falcon.js', revision: '121c19dc5a44677c46af1fac7cebbe22' },
  { url: '/assets/juniper.js', revision: 'b141a1721d0ca07ab9b77f495990c5af' },
  { url: '/assets/sierra.js', revision: '8aed31d9194654dda13130475899e502' },
  { url: '/assets/copper.js', revision: 'f78f708ea2c039fd7421ea84fc251cf6' },
];
