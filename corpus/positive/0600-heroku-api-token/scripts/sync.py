import logging

from heroku_sdk import HerokuClient

log = logging.getLogger(__name__)

client = HerokuClient(api_key='HRKU-AAngDMQEbTfK9FK1JhC8qdZ8iEWjECGslYBCjkMMUavL5IPZsP3dviqDy7Ko')
log.info('client ready')
