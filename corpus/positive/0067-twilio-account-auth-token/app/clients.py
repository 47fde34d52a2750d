import logging

from twilio.rest import Client

log = logging.getLogger(__name__)

client = Client('AC49c49d67b664a71a5935464b65fadf8f', '89a6f553834ca4b417b0ab7fa2cee0be')
log.info('client ready')
