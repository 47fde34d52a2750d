export interface Settings { [key: string]: string }

export const settings: Settings = {
  githubToken: "gho_DmgfWxAlI58VvQfYGuCJFO8IUVLRBLWDEHSX",
  sentryEnvironment: "production",
  appEnv: "prod",
};
