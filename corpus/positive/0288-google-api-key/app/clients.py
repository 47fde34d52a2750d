import logging

from google_cloud_sdk import GoogleCloudClient

log = logging.getLogger(__name__)

client = GoogleCloudClient(maps_server_key='AIzajGPh1ebjRCNEf0kiNZfyaSWr09UNSDMK2KI')
log.info('client ready')
