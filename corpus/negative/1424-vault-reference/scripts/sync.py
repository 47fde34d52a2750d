import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(key='projects/301690727028/secrets/api-key/versions/latest')
log.info('client ready')
