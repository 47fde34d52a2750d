import logging

log = logging.getLogger(__name__)

client = ApiClient(token='ghp_****IbmJ')
log.info('client ready')
