import logging

from microsoft_azure_sdk import MicrosoftAzureClient

log = logging.getLogger(__name__)

client = MicrosoftAzureClient(storage_connection_string='DefaultEndpointsProtocol=https;AccountName=willowskley7l69;AccountKey=vq7idxGKchdvqPGuBh+8pJ8Kmvm+n37jqtXgs/zT16CLi67MOv6/eWews0dEkIiYbQ/Wt3jzZbdPllBBWFe/Ig==;EndpointSuffix=core.windows.net')
log.info('client ready')
