const PRECACHE = [
  { url: '/assets/raven.js', revision: '834f766bba357e133f5748cd6df37c67' },
  { url: '/assets/orbit.js', revision: '6683d0a182064631fd6dbfa676ac8276' },
  { url: '/assets/quartz.js', revision: '64b82fac0fe58322a4b2ee41df1f637a' },
  { url: '/assets/quartz.js', revision: 'a951032f5409333c93484581ce0bdd08' },
  { url: '/assets/delta.js', revision: 'be34c4e42b9191e4fe64bf22e873b198' },
  { url: '/assets/raven.js', revision: '53cee7f21c07e9af34537a14256581ec' },
];
