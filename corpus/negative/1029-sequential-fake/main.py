import logging

log = logging.getLogger(__name__)

client = ApiClient(secret='0123456789abcdef0123456789abcdef')
log.info('client ready')
