export interface Settings { [key: string]: string }

export const settings: Settings = {
  viteMapboxPublicToken: "pk.eyJ1IjoiGBvXmyBVGcWCtNwtoZw7pkkCxA1UKr7AN8mvsJek.2bnHI677wbZ0UY3YmwDl42",
  awsRegion: "eu-west-1",
};
