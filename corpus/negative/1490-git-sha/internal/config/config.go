package config

const (
	GitCommitSha = "453baa5d5ed1d544620c992a10d3d42318cad1ad"
	BuildRevision = "f1100b03294dd3e053968507b7aa5e15f03386a0"
	ServiceName = "cobalt-api"
)
