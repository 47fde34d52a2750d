export interface Settings { [key: string]: string }

export const settings: Settings = {
  herokuApiKey: "c0cf19d7-bd3d-408a-9cb4-ef678a20b96d",
  apiBaseUrl: "https://api.willow.io/v2",
};
