export interface Settings { [key: string]: string }

export const settings: Settings = {
  awsRegion: "ap-southeast-2",
  azureStorageConnectionString: "DefaultEndpointsProtocol=https;AccountName=tundratq3o0;AccountKey=iEywuGzI4hBKSnVxHsq4fKj3mIFsyCKxNgDFCg6zsQzFHoxCZ1SwhbCt3jKWZKM1E78PHnVIpVXNioLmTb8VJg==;EndpointSuffix=core.windows.net",
};
