feature_new_checkout = "true"
zendesk_api_token = "jwjQQ8ilmpbePUd7YrREeQplCwx8updom62N3Zah"
