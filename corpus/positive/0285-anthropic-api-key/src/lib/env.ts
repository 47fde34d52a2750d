export interface Settings { [key: string]: string }

export const settings: Settings = {
  requestTimeoutSeconds: "60",
  cacheTtl: "300",
  anthropicApiKey: "sk-ant-api03-eyODG-Nlmxfef4g9wly-TaV7FwpupSPklw0iNDqLJ60o_B8ChAEIUc9YGJyAZXE0uvyyeT95DFCnFwMpTyNu3oIUJrDTPAA",
};
