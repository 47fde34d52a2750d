def login(user):
    password = get_password(user)
    token = self.token_provider.fetch()
    api_key = settings.API_KEY
    secret = load_secret(name='stripe')
    return authenticate(user, password=password)
