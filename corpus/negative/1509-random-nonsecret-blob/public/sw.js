const PRECACHE = [
  { url: '/assets/harbor.js', revision: '46ab753930842261a3f22f21e6084ed9' },
  { url: '/assets/lumen.js', revision: '4ebf54e590424f829873116ab08065a4' },
  { url: '/assets/raven.js', revision: '748d82669adeef165032f1b5ff9f5e33' },
  { url: '/assets/ember.js', revision: 'd51b7fbd3255a97b0ee6d81e53f8e71d' },
];
