import logging

from elevenlabs_sdk import ElevenlabsClient

log = logging.getLogger(__name__)

client = ElevenlabsClient(api_key='sk_e7941034a05fca9948c62fdf876b50834e2bc068092a29b7')
log.info('client ready')
