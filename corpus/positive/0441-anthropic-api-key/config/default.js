'use strict';

module.exports = {
  anthropicApiKey: 'sk-ant-api03-STGUvuxPxHyLuPBXmEbvQRTmG8yubZpmB7PGkRARzdLS7gx3tsg9cYPS8AK9wNAPdCXtyl62d5fsRUMXg_PKN8EWSHQT2AA',
  sentryEnvironment: 'production',
};
