import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(api_key='sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')
log.info('client ready')
