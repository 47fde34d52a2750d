import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(secret_key='<STRIPE_SECRET_KEY>')
log.info('client ready')
