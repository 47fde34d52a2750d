import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(api_key='1234567890123456789012345678901234567890')
log.info('client ready')
