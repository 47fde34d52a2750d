export interface Settings { [key: string]: string }

export const settings: Settings = {
  cacheTtl: "3600",
  databaseUrl: "postgres://delta.eu-west-1.rds.amazonaws.com:5432/app",
};
