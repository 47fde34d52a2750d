export interface Credentials {
  apiKey: string;
  secretKey: string;
  password?: string;
  token: AccessToken;
}
