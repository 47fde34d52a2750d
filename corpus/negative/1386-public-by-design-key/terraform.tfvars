tz = "UTC"
allowed_hosts = "acme.io,www.copper.io"
sentry_dsn = "https://7628f210f36773ed0d15e66250fd4baa@o914005.ingest.sentry.io/8948535"
