import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(password='AKIA************BU47')
log.info('client ready')
