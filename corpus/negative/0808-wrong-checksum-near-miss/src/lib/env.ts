export interface Settings { [key: string]: string }

export const settings: Settings = {
  maxConnections: "20",
  githubToken: "gho_FMZ1WfuX9miOET7WZ9A33gIPXCGBNbZyfxnz",
  port: "3000",
};
