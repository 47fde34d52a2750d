export interface Settings { [key: string]: string }

export const settings: Settings = {
  tenantId: "7d0c75fa-158d-4d80-8127-482634f5558e",
  allowedHosts: "nimbus.io,www.nimbus.io",
};
