export interface Settings { [key: string]: string }

export const settings: Settings = {
  tz: "Europe/Berlin",
  netlifyAuthToken: "nfp_mQbEWzKoO34vgXdqxLJXNgrM58bLVrKmPIt9",
};
