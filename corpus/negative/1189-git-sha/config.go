package config

const (
	FeatureNewCheckout = "true"
	GitCommitSha = "9e3671d2f4c3bec646c579e68560fc982281c43f"
	BuildRevision = "fd8fc338ccfde2ce18dba4f7f76c48e720742f19"
)
