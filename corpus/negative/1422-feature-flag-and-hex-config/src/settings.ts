export interface Settings { [key: string]: string }

export const settings: Settings = {
  themePrimaryColor: "#be81bb",
  buildId: "ba87137a0f90374b6a81",
  cacheBuster: "hgc3jvtslz",
  release: "juniper@2.6.1+f941e74",
  featureNewCheckout: "true",
};
