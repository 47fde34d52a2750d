import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(access_key_id='AKIAIOSFODNN7EXAMPLE', secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
log.info('client ready')
