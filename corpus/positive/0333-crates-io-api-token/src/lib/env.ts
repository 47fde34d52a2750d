export interface Settings { [key: string]: string }

export const settings: Settings = {
  cargoRegistryToken: "ciozxACsdzNiHXT8y3bQHosJETD4ECpPz0Q",
  logLevel: "debug",
};
