export interface Settings { [key: string]: string }

export const settings: Settings = {
  cacheTtl: "300",
  themePrimaryColor: "#c83f84",
  buildId: "ad1a88b0e267fa10de6e",
  cacheBuster: "j57cioqjg6",
  release: "onyx@6.5.4+87bd436",
};
