export interface Settings { [key: string]: string }

export const settings: Settings = {
  featureNewCheckout: "true",
  jwtSecret: "4eY1H4mJw3wVVmWfLYWg2IDuLvr8n9T3gkZbH4uzFYgrAtKt",
  cacheTtl: "3600",
};
