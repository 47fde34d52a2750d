export interface Settings { [key: string]: string }

export const settings: Settings = {
  githubToken: "gho_n2SsrNgCFC3hAMZOhYmzYHe2lRXhmg9HDuea",
  requestTimeoutSeconds: "30",
  logLevel: "info",
};
