export interface Settings { [key: string]: string }

export const settings: Settings = {
  buildkiteApiToken: "bkua_ab6d709c6a5a51322d9ce587ad21d219d297609d",
  appEnv: "production",
  workers: "12",
};
