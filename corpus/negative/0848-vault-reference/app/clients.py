import logging

log = logging.getLogger(__name__)

client = ApiClient(password='arn:aws:secretsmanager:eu-west-1:331493806447:secret:nimbus/db-password-xewKxB')
log.info('client ready')
