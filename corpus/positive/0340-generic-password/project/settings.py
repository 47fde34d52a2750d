DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'app',
        'USER': 'etl',
        'PASSWORD': '#6%MwKsIW488INL',
        'HOST': 'db-9rymm8.willowcloud.net',
        'PORT': '5432',
    }
}
