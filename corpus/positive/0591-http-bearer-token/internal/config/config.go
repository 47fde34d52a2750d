package config

const (
	AppEnv = "production"
	FeatureNewCheckout = "true"
)

func authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer .Kn45pOf9LpE~TO.fttyR19-m1.IQftVWpaaOIpYZu_w-No84k5F")
}
