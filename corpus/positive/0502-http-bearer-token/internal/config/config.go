package config

const (
	AppEnv = "production"
)

func authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer upAs-w7Wyd3BvQkKM~DGUyG-mtDgwEphhO1R~AMbnrCbT641MC")
}
