'use strict';

module.exports = {
  secretKeyBase: '32475e0bb4d8721271296cb38531f422973503efa10b4ce4df3aa84358036fa5bbc649ec949a50ab2a5c497358eed15a166b28aa68c22beef9372bc7daf7b93d',
  maxConnections: '20',
  tz: 'UTC',
  logLevel: 'warn',
};
