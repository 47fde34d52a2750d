export interface Settings { [key: string]: string }

export const settings: Settings = {
  awsRegion: "ap-southeast-2",
  workers: "5",
  ecPrivateKey: `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIFQeQUVO/gfQgIl6XWfiSeTesLfMrXWlAl+k4meSf/lpoAoGCCqGSM49
AwEHoUQDQgAEaDcTKpFsSzDMfU51Ka4ztCkyOCMmMyYp05qMXTXU2SHFQkYa/4ue
S6ySpXcosEuWX55fB306nJrUjOYqe+Qs2Q==
-----END EC PRIVATE KEY-----
`,
};
