export interface Settings { [key: string]: string }

export const settings: Settings = {
  snowflakeUrl: "snowflake://admin:kyJ-JJlIMeeKDlKK_Q6Pi6K@exauhmw-elvuhhb/harbor/public?warehouse=COMPUTE_WH",
  awsRegion: "ap-southeast-2",
};
