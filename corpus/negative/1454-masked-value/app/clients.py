import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret_access_key='sk_live_****1918')
log.info('client ready')
