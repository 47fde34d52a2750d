import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret='<your-jwt-secret>')
log.info('client ready')
