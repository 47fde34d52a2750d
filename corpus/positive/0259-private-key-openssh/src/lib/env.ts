export interface Settings { [key: string]: string }

export const settings: Settings = {
  serviceName: "cobalt-gateway",
  awsRegion: "ap-southeast-2",
  sshPrivateKey: `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACAbbm7uVqeDzGgDWc3K7yO7HupirNTkJTJI6+Y9Jt4vCwAAAJDLT9pyy0/a
cgAAAAtzc2gtZWQyNTUxOQAAACAbbm7uVqeDzGgDWc3K7yO7HupirNTkJTJI6+Y9Jt4vCw
AAAEBoEItkL5WXSmWgGEkM4a0twsRQMEUqwLrYgQbBYEe2Ohtubu5Wp4PMaANZzcrvI7se
6mKs1OQlMkjr5j0m3i8LAAAADWNpLWJvdEBwZWJibGU=
-----END OPENSSH PRIVATE KEY-----
`,
};
