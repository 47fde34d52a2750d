package config

const (
	AppEnv = "production"
	JdbcUrl = "jdbc:postgresql://db-swhw4y.junipercloud.net:5432/nimbus?user=svc_app&password=AWWKOwyR6s*IM*^xv&ssl=true"
)
