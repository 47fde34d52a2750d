import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(auth_token='1234567890abcdef1234567890abcdef')
log.info('client ready')
