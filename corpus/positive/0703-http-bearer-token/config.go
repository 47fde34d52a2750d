package config

const (
	RequestTimeoutSeconds = "60"
)

func authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer 1m7dqmQf9lc0ZrUpRVt_KdLjLC8000zG.LlJhAoBg~AfFp")
}
