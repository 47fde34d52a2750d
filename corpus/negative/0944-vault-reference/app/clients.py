import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret='op://orbit/jwt-secret/credential')
log.info('client ready')
