export interface Settings { [key: string]: string }

export const settings: Settings = {
  githubToken: "ghp_JKX1RjooXIMeDSrFWbbTm3GP3N0rZYEwMztj",
  workers: "14",
};
