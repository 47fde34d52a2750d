import logging

log = logging.getLogger(__name__)

client = ApiClient(secret_key='<insert token here>')
log.info('client ready')
