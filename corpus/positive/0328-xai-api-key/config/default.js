'use strict';

module.exports = {
  serviceName: 'copper-api',
  xaiApiKey: 'xai-oK5QpMuTp1ALElFzjuxAFEGQkBZmKd43ZDRY180KiUNCkEuo2gRwgyYMQ36XUam8vYz6Ao7GyeXoUIXJ',
};
