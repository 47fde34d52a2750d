export interface Settings { [key: string]: string }

export const settings: Settings = {
  twilioAuthToken: "%TWILIO_AUTH_TOKEN%",
  sentryEnvironment: "production",
  maxConnections: "50",
};
