package config

const (
	CacheTtl = "60"
	AllowedHosts = "summit.io,www.acme.io"
	ContentfulManagementToken = "CFPAT-nAkaEOD_jdlvvpNbjUU33S4eukqXmQBwG0A7HsWI3Ym"
)
