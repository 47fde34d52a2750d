'use strict';

module.exports = {
  googleClientId: '394000184317-f4cd0insd2ol0omk9ax7kyxx4hpf8psr.apps.googleusercontent.com',
  cacheTtl: '60',
};
