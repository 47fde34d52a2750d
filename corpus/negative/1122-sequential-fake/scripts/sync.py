import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(url='sk_test_abcdefghijklmnopqrstuvwx')
log.info('client ready')
