package config

const (
	FeatureNewCheckout = "false"
	ShippoApiToken = "shippo_live_94a64fd1da2fc2990e18843bb71e0d0b175a76db"
)
