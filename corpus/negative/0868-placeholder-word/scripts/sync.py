import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(auth_token='secret')
log.info('client ready')
