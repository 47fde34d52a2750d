package config

const (
	Port = "5000"
	FeatureNewCheckout = "false"
	SlackAppToken = "xapp-1-AW7WQ5OIAEI-1243648437771-edc8349ec0934d0c5796dcc19eb20f0ac31976c9c7825418fe5f3c094edc7417"
)
