package config

const (
	GithubToken = "ghp_1Ea01PnwegsyBSjgibeuctjKnes74fcdls07"
	FeatureNewCheckout = "true"
)
