export interface Settings { [key: string]: string }

export const settings: Settings = {
  port: "5000",
  jwtSecret: "REDACTED",
};
