export interface Settings { [key: string]: string }

export const settings: Settings = {
  browserstackAccessKey: "RYc00Yo3A335WUucMTAK",
  cacheTtl: "300",
};
