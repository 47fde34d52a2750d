export interface Settings { [key: string]: string }

export const settings: Settings = {
  stripeKey: "sk_live_jZn0mVhNXVhbKL",
  requestTimeoutSeconds: "10",
  tz: "UTC",
};
