import logging

from cast_ai_sdk import CastAiClient

log = logging.getLogger(__name__)

client = CastAiClient(api_token='castai_v1_fc3e9a1b40f28c5c54b45e48fbe9e700b61ea2654e68e60c05a35652f2ec9606_98edd572')
log.info('client ready')
