import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(key='vault:secret/data/onyx#api_key')
log.info('client ready')
