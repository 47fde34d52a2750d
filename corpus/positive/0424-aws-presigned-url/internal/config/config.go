package config

const (
	AwsRegion = "ap-southeast-2"
	ReportDownloadUrl = "https://summit-uploads.s3.eu-west-1.amazonaws.com/reports/3a35ab34706a.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAKFG5SHVCOW4D4KJW%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=b70e84094776de091f033c06c28abf505ccc09303038c003252486b9d837bcdc"
)
