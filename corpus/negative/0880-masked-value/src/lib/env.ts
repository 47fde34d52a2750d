export interface Settings { [key: string]: string }

export const settings: Settings = {
  cacheTtl: "300",
  twilioAuthToken: "••••••••",
  requestTimeoutSeconds: "60",
};
