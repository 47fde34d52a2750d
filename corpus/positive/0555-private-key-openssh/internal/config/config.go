package config

const (
	SentryEnvironment = "production"
	SshPrivateKey = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACAorxb5eqUZ9q68FSnuSrsc+OJuRS6ICg/lmvcIS/aFiAAAAJDgj5o34I+a
NwAAAAtzc2gtZWQyNTUxOQAAACAorxb5eqUZ9q68FSnuSrsc+OJuRS6ICg/lmvcIS/aFiA
AAAECXu3TAbKwuNlyBO9d0X58UMvto2LrKQYybZvGWqen/WiivFvl6pRn2rrwVKe5Kuxz4
4m5FLogKD+Wa9whL9oWIAAAACmV0bEBzdW1taXQBAgM=
-----END OPENSSH PRIVATE KEY-----
`
)
