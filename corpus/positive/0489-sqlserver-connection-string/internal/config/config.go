package config

const (
	FeatureNewCheckout = "false"
	ConnectionstringsDefault = "Server=tcp:atlas-sql.database.windows.net,1433;Initial Catalog=sierra;User ID=svc_app;Password=U*y.n8VGniWBL047^lSyY;Encrypt=True;"
)
