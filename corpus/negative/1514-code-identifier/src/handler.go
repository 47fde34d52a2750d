password := r.FormValue("password")
token, err := oauth.Exchange(ctx, code)
apiKey := cfg.APIKey
secret := vault.Read("kv/app")
