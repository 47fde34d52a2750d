import logging

log = logging.getLogger(__name__)

client = ApiClient(password='0123456789abcdef0123456789abcdef')
log.info('client ready')
