DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'app',
        'USER': 'deploy',
        'PASSWORD': 'gi~xSUo#4nZ8R5*H85WD9',
        'HOST': 'copper.us-central-1.rds.amazonaws.com',
        'PORT': '5432',
    }
}
