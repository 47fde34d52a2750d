'use strict';

module.exports = {
  tz: 'UTC',
  gemHostApiKey: 'rubygems_aeb66aec2798996fb2f9135d671b40b6b27d4da393ccf94b',
  serviceName: 'falcon-web',
};
