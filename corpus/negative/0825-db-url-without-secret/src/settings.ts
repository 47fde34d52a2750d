export interface Settings { [key: string]: string }

export const settings: Settings = {
  databaseUrl: "mysql://root@localhost:3306/test",
  workers: "8",
};
