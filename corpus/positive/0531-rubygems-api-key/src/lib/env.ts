export interface Settings { [key: string]: string }

export const settings: Settings = {
  port: "8080",
  allowedHosts: "harbor.io,www.delta.io",
  gemHostApiKey: "rubygems_6d852a0acf52f7806a78a583b788079faf3c779a040be657",
};
