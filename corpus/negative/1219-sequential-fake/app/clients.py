import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret_access_key='0123456789abcdef0123456789abcdef')
log.info('client ready')
