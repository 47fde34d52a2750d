'use strict';

module.exports = {
  cacheTtl: '300',
  sentryDsn: 'https://88f36bf0089faa7e3239cdc59bcf279e@o590159.ingest.sentry.io/3080490',
};
