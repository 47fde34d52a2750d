import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(api_key='arn:aws:secretsmanager:eu-west-1:295764798284:secret:cedar/openai-api-key-zfvZ9e')
log.info('client ready')
