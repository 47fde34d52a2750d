export interface Settings { [key: string]: string }

export const settings: Settings = {
  awsRegion: "eu-west-1",
  googleClientId: "279982044700-xb4fuaap4zx91ai6rx2wpyhvb347qrlv.apps.googleusercontent.com",
};
