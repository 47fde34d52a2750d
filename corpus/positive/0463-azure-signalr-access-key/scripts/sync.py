import logging

from microsoft_azure_sdk import MicrosoftAzureClient

log = logging.getLogger(__name__)

client = MicrosoftAzureClient(signalr_connection_string='Endpoint=https://falcon-umi0.service.signalr.net;AccessKey=9I66GyPthBn9EpAr9y90lJu1u1J/giOUrqm47baeax0=;Version=1.0;')
log.info('client ready')
