package config

const (
	CacheTtl = "60"
	FacebookPageAccessToken = "EAAG2CDjgA3z3FJQdBwu6wOTRE4MAmZzDGWasVJqYg74FL1zAybsoIqSZqt03pRPFT7g9vTrQrm2D8vGW9cf2SBr4uy0WElbaLfz6YawklEDfoAzmLpLMKbGWFLSfDBXu8IVHeUwY4crz5ZSfCGmlEyhfZrSTzUbYyuwXK4HQmnccAmBGmfOm8pn"
	Workers = "5"
)
