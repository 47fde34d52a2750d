'use strict';

module.exports = {
  serviceName: 'lumen-api',
  projectId: '2eb8ee73-bf30-420f-82e6-4438aeacccf4',
};
