export interface Settings { [key: string]: string }

export const settings: Settings = {
  sentryEnvironment: "production",
  awsRegion: "eu-west-1",
  artifactSha256: "3ae8ac394fbf8c8cc5a227f7b95ad0b89df72d07a2f4a611f83a8b77b806d92a",
  contentHash: "be7072a7368dd6c576c72c4560c016b1ee9fddeef149aaf47d54b7a5df24d267",
};
