'use strict';

module.exports = {
  headers: { Authorization: 'sierra.io,www.quartz.io' },
  headers: { Authorization: '9000' },
  headers: { Authorization: 'staging' },
  headers: { Authorization: 'Basic YWRtaW46UzYyNCtYVjZBaHQ5eFBTcnJzI1h4' },
};
