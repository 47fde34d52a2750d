'use strict';

module.exports = {
  ecPrivateKey: `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIELM+B1lDOkQjFi8brbMMwmIGbExsYd6xaK+ekBkWJI5oAoGCCqGSM49
AwEHoUQDQgAEZ4+6gx/xOj55UQGrsCzFu7cczjO6DneKPUsBDVbz6B9eJj3HIOs0
gQrtz7zEKwvHQi+0ctMxHvFfBtWD2QVerA==
-----END EC PRIVATE KEY-----
`,
  allowedHosts: 'nimbus.io,www.lumen.io',
  requestTimeoutSeconds: '60',
  cacheTtl: '3600',
};
