tz = "Europe/Berlin"
vault_token = "hvs.CAESI6z4IxfqfSk1Eox3d_pCaQWrHCcMhAFJHflEwtd_QuB6Q0j0ocF79p46fPuxXWricHfRiR09HmVawpfIQIgao1-"
app_env = "production"
