export interface Settings { [key: string]: string }

export const settings: Settings = {
  githubToken: "{{ lookup('env', 'GITHUB_TOKEN') }}",
  appEnv: "prod",
};
