export interface Settings { [key: string]: string }

export const settings: Settings = {
  jwtSecret: "{{ jwt_secret }}",
  apiBaseUrl: "https://api.willow.io/v3",
  logLevel: "warn",
};
