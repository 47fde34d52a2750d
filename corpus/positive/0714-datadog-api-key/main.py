import logging

from datadog import initialize

log = logging.getLogger(__name__)

initialize(api_key='a5d32f8cf4a4fb3c494cc4f58a61157b')
log.info('client ready')
