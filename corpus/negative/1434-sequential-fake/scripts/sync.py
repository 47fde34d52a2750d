import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(api_key='qwertyuiopasdfghjklzxcvbnm')
log.info('client ready')
