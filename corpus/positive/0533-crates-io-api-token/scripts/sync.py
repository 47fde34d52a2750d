import logging

from crates_io_sdk import CratesIoClient

log = logging.getLogger(__name__)

client = CratesIoClient(registry_token='cioYjNL0qeDwDY0RmxIcDKyMxR0oUpBpKks')
log.info('client ready')
