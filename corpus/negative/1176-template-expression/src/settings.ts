export interface Settings { [key: string]: string }

export const settings: Settings = {
  allowedHosts: "falcon.io,www.lumen.io",
  clientSecret: "{{ .Values.clientSecret }}",
};
