import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(token='REPLACE_ME')
log.info('client ready')
