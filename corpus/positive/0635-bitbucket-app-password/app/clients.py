import logging

from bitbucket_sdk import BitbucketClient

log = logging.getLogger(__name__)

client = BitbucketClient(app_password='ATBBaAqu45Cy6KbRuW44Mhfi41jn0w8bhvgJ')
log.info('client ready')
