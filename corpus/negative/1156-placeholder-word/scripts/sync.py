import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret_key='TODO')
log.info('client ready')
