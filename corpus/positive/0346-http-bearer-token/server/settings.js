'use strict';

module.exports = {
  headers: { Authorization: `Bearer true` },
  headers: { Authorization: `Bearer suHaZSzpsYIYZ-NU17Kle0gDQP8vED1RMqPli030` },
  headers: { Authorization: `Bearer atlas.io,www.falcon.io` },
};
