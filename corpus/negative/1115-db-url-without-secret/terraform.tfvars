port = "9000"
database_url = "postgresql://app@ember-db.internal.atlas.io/app"
