package config

const (
	CacheTtl = "60"
	LogLevel = "debug"
	SquareAppSecret = "sq0csp-NpAhEKLDCtARyA_S9TjydQocQufyiAYphLFQqLeQyhv"
)
