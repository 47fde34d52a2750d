export interface Settings { [key: string]: string }

export const settings: Settings = {
  sentryEnvironment: "production",
  jiraApiToken: "ATATT3xFfGF0PbTFXrhYPsqEJykJ6AyC9S5-4rtJYeT9G4_zTK6Z7NoYonqlBQ-NX1PkKyWAYku092pFJDY4Tx4jC-BrBJsSRBv8uBpo0ffFQdnlv3snsS2G3Sohs-4YGGYZN555OC8NdzEEaWHFphnrs7pWqdl56-vcLBp35rvA1KgxWOCmAua=3587A378",
};
