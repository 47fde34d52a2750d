import logging

from microsoft_azure_sdk import MicrosoftAzureClient

log = logging.getLogger(__name__)

client = MicrosoftAzureClient(client_secret='Fg67Q~LkZnOFa4xmf97xRZ6RlPYxFjlG5d62.68x', client_id='dc084620-b53f-4070-b59d-830eea189921')
log.info('client ready')
