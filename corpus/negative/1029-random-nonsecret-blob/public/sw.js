const PRECACHE = [
  { url: '/assets/cedar.js', revision: '31eb37f07e10818bf68f3ed7c0a2dc52' },
  { url: '/assets/sierra.js', revision: 'e6f577c05f429246b7ea188c66e857fe' },
  { url: '/assets/maple.js', revision: '90f8a7983da4e090aacf415e8df5279d' },
];
