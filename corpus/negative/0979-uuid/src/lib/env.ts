export interface Settings { [key: string]: string }

export const settings: Settings = {
  requestId: "e8975d9e-2275-4fc3-9016-85e1b87d5021",
  appEnv: "staging",
};
