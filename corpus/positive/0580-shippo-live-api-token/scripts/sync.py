import logging

from shippo_sdk import ShippoClient

log = logging.getLogger(__name__)

client = ShippoClient(api_token='shippo_live_3c5f76ee1f0da3b6e5d02f1db81563ba06c8bb0c')
log.info('client ready')
