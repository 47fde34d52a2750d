export interface Settings { [key: string]: string }

export const settings: Settings = {
  maxConnections: "50",
  awsSecretAccessKey: "arn:aws:secretsmanager:eu-west-1:708016525677:secret:copper/aws-secret-access-key-dLdiwo",
  appEnv: "staging",
};
