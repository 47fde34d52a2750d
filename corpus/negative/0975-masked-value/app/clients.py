import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret='[REDACTED]')
log.info('client ready')
