import logging

from netlify_sdk import NetlifyClient

log = logging.getLogger(__name__)

client = NetlifyClient(auth_token='nfp_3nkAvYdiSYJiitliQg36caOuOdjbdTbPCt0w')
log.info('client ready')
