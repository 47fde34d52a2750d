export interface Settings { [key: string]: string }

export const settings: Settings = {
  requestTimeoutSeconds: "30",
  newRelicApiKey: "NRAK-WKV1NI4AEZHPBS4SR8K2H2F9MMU",
};
