import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret_access_key='${AWS_SECRET_ACCESS_KEY:-}')
log.info('client ready')
