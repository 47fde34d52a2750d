'use strict';

module.exports = {
  sentryEnvironment: 'production',
  maxConnections: '50',
  viteMapboxPublicToken: 'pk.eyJ1IjoicdI0MpZtF5vVXhyw6fPqLFg9LUV8bsSzOALgM5eK._hmO1ByNZL9WuDFF4GhnCl',
  cacheTtl: '300',
};
