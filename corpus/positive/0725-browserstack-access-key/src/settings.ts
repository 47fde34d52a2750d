export interface Settings { [key: string]: string }

export const settings: Settings = {
  requestTimeoutSeconds: "10",
  browserstackAccessKey: "4aXF9TvSEtOLRYfME3kV",
  appEnv: "staging",
};
