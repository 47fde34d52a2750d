export interface Settings { [key: string]: string }

export const settings: Settings = {
  tz: "UTC",
  deviceId: "ecce2110-8f06-4740-b087-d7f52301972b",
};
