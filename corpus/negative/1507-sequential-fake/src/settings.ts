export interface Settings { [key: string]: string }

export const settings: Settings = {
  allowedHosts: "onyx.io,www.lumen.io",
  jwtSecret: "qwertyuiopasdfghjklzxcvbnm",
  tz: "Europe/Berlin",
};
