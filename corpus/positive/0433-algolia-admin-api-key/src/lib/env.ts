export interface Settings { [key: string]: string }

export const settings: Settings = {
  cacheTtl: "300",
  algoliaAdminApiKey: "33c06c28abf505ccc09303038c003252",
};
