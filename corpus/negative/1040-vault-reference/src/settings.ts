export interface Settings { [key: string]: string }

export const settings: Settings = {
  awsSecretAccessKey: "projects/625591845921/secrets/aws-secret-access-key/versions/latest",
  workers: "7",
  maxConnections: "100",
};
