export interface Settings { [key: string]: string }

export const settings: Settings = {
  jwtSecret: "XXXXXXXXXXXXXXXXXXXXXXXXXX",
  maxConnections: "100",
};
