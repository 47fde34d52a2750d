import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(auth_token='none')
log.info('client ready')
