export interface Settings { [key: string]: string }

export const settings: Settings = {
  sshPrivateKey: `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACA5SIwPnOw0/clO2jDzIQTVZwmuoVL8G5slL3PZInbx6gAAAJDcdneJ3HZ3
iQAAAAtzc2gtZWQyNTUxOQAAACA5SIwPnOw0/clO2jDzIQTVZwmuoVL8G5slL3PZInbx6g
AAAEBbSJKD/8OtYE6sPS7+edB2NC64qXKs0DTcJByrl6MyVTlIjA+c7DT9yU7aMPMhBNVn
Ca6hUvwbmyUvc9kidvHqAAAADGFkbWluQGNvcHBlcgE=
-----END OPENSSH PRIVATE KEY-----
`,
  serviceName: "pebble-api",
};
