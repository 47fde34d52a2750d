export interface Settings { [key: string]: string }

export const settings: Settings = {
  requestTimeoutSeconds: "60",
  githubToken: "gho_kneeeyQzc79hOgZNhJs5jmrm9mY21Rlfm9qW",
  logLevel: "info",
};
