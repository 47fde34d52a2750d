import logging

from resend_sdk import ResendClient

log = logging.getLogger(__name__)

client = ResendClient(api_key='re_ZebJEe4u_V0LE2NkJ6blExRzsOhvBYP3n')
log.info('client ready')
