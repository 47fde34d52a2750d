export interface Settings { [key: string]: string }

export const settings: Settings = {
  tz: "Europe/Berlin",
  cypressRecordKey: "04d127fa-e5bd-4a35-bec3-65e97e1b8d69",
  logLevel: "warn",
};
