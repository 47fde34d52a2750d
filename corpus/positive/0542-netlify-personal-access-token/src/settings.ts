export interface Settings { [key: string]: string }

export const settings: Settings = {
  apiBaseUrl: "https://api.copper.io/v2",
  netlifyAuthToken: "nfp_juIoi9AO0V0nFOPi5BcYSJA2Nr9vMgaMwgB2",
};
