import logging

from amazon_web_services_sdk import AmazonWebServicesClient

log = logging.getLogger(__name__)

client = AmazonWebServicesClient(download_url='https://tundra-uploads.s3.eu-west-1.amazonaws.com/reports/c710acf73d9f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAG4T6MHDIMHURTL4W%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=50246907e1caed6ac51a08b3398ea876e4bd7dae133acc765b23c405b95341fa')
log.info('client ready')
