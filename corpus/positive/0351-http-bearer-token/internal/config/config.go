package config

const (
	Tz = "UTC"
)

func authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer CHLB_~twrs6mTxfA_RI9wrjjc~dymU.mgLRiCzhe33YUENN8w3q")
}
