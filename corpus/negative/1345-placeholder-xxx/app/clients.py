import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(api_key='SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
log.info('client ready')
