import logging

import boto3

log = logging.getLogger(__name__)

s3 = boto3.client('s3', aws_access_key_id='AKIAAPPRZBE3INI6PBEI', aws_secret_access_key='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')
log.info('client ready')
