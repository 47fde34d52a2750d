const PRECACHE = [
  { url: '/assets/zephyr.js', revision: '045eb0b06dc9f4f781ed0f4e9f8b53a2' },
  { url: '/assets/copper.js', revision: '50b2bed5e8e307550a347164a1333dc2' },
  { url: '/assets/raven.js', revision: 'bdf9e771a28aea75800ba3f9311f9476' },
  { url: '/assets/delta.js', revision: '9d87a92180575cd732110a088ede44a1' },
];
