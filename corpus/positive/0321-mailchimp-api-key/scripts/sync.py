import logging

from mailchimp_sdk import MailchimpClient

log = logging.getLogger(__name__)

client = MailchimpClient(api_key='adb66c1ff4ac1a22329b7885dbd0eba3-us15')
log.info('client ready')
