import logging

from deepl_sdk import DeeplClient

log = logging.getLogger(__name__)

client = DeeplClient(auth_key='1862bf62-1b82-46bb-92a7-d7ea68e1be30:fx')
log.info('client ready')
