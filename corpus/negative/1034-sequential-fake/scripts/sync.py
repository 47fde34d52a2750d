import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(token='ABCDEFGHIJKLMNOPQRSTUVWXYZ012345')
log.info('client ready')
