import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret='abcdefghijklmnopqrstuvwxyz123456')
log.info('client ready')
