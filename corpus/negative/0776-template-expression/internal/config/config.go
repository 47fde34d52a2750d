package config

const (
	MaxConnections = "100"
	DatabaseUrl = "${{ secrets.DATABASE_URL }}"
)
