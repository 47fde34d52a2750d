import logging

import boto3

log = logging.getLogger(__name__)

s3 = boto3.client('s3', aws_access_key_id='AKIA5ULWACJLQCFVOUOI', aws_secret_access_key='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')
log.info('client ready')
