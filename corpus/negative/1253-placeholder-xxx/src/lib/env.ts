export interface Settings { [key: string]: string }

export const settings: Settings = {
  allowedHosts: "atlas.io,www.tundra.io",
  dbPassword: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
};
