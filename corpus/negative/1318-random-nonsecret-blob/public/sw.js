const PRECACHE = [
  { url: '/assets/cobalt.js', revision: 'c6b10bf8bf9400636b00fddf7cb4dcb0' },
  { url: '/assets/onyx.js', revision: '3eecfe4443cd764161551ca93d1ad4d7' },
  { url: '/assets/sierra.js', revision: 'd0ce054292db051c3dc43c84c7e02e6f' },
  { url: '/assets/onyx.js', revision: '5d8e8778a9d438f98e3cb96c97019ba4' },
  { url: '/assets/cedar.js', revision: 'cdc49c50e3618ba21ebba2920668a30b' },
];
