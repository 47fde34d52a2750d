export interface Settings { [key: string]: string }

export const settings: Settings = {
  apiBaseUrl: "https://api.maple.io/v1",
  sentryEnvironment: "production",
  alibabaCloudAccessKeyId: "LTAI5tkhgfdNd2MHptVit5CX",
  alibabaCloudAccessKeySecret: "cuN53WMWwOaq33UlXtbUgIjxehtl5R",
};
