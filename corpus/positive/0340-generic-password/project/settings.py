DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'app',
        'USER': 'app_rw',
        'PASSWORD': 'F+4cfX~-s*EUzt8dUmp^Bcg',
        'HOST': 'maple.us-central-1.rds.amazonaws.com',
        'PORT': '5432',
    }
}
