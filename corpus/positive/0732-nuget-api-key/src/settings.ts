export interface Settings { [key: string]: string }

export const settings: Settings = {
  cacheTtl: "300",
  allowedHosts: "onyx.io,www.falcon.io",
  nugetApiKey: "oy2mxr95l5h62r817onhjtdclyiirgi851pwsn5eua44fj",
};
