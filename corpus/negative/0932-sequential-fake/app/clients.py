import logging

log = logging.getLogger(__name__)

client = ApiClient(secret='1234567890123456789012345678901234567890')
log.info('client ready')
