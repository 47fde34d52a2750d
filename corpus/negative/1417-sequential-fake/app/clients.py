import logging

log = logging.getLogger(__name__)

client = ApiClient(secret_key='qwertyuiopasdfghjklzxcvbnm')
log.info('client ready')
