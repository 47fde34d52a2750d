DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'app',
        'USER': 'deploy',
        'PASSWORD': 'i0Bd^WAF+4cfX~-s*EU',
        'HOST': 'db-9vd3g4.sierracloud.net',
        'PORT': '5432',
    }
}
