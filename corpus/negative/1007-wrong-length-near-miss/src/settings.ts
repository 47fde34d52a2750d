export interface Settings { [key: string]: string }

export const settings: Settings = {
  maxConnections: "100",
  githubToken: "ghp_UNrzT6uHR8071YoXSiL2jT0Dp2WmtRd",
  featureNewCheckout: "true",
};
