import logging

from api_sdk import ApiClient

log = logging.getLogger(__name__)

client = ApiClient(bot_token='arn:aws:secretsmanager:eu-west-1:991285919115:secret:summit/slack-bot-token-f69yR7')
log.info('client ready')
