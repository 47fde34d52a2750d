import logging

from google_cloud_sdk import GoogleCloudClient

log = logging.getLogger(__name__)

client = GoogleCloudClient(refresh_token='1//0Zoel0nLB3z0NFRcrSavye_EFUoHBiM7chtPd9l0S6EMhIr-8wZTILTxRv0ArQe8cK4D8B10jKka_cFN5sb-NMlje-yO4nqHvQC-')
log.info('client ready')
