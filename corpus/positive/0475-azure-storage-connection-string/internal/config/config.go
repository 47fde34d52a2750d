package config

const (
	AzureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=deltae33ny;AccountKey=Reb9LX0eZpICZ13d/69oFAhAMHzg7413CvyAhV77CQIKuK3yxTsNsbq60T9F/BlkBGNGE0LNVOM2clflSqnpGQ==;EndpointSuffix=core.windows.net"
	Port = "8080"
	ApiBaseUrl = "https://api.falcon.io/v1"
)
