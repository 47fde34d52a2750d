export interface Settings { [key: string]: string }

export const settings: Settings = {
  awsRegion: "us-east-1",
  apiBaseUrl: "https://api.harbor.io/v3",
  githubToken: "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
};
