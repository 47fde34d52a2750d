import logging

import anthropic

log = logging.getLogger(__name__)

client = anthropic.Anthropic(api_key='sk-ant-api03-XnbJeIISCO6QLtuCq4EPtinTx2VHIijQ8FbCfLI-clyp7T4p3EIuLJmb1dW6YpMoSFFEVohenM2RrBj42Pzs7GkICYJoDAA')
log.info('client ready')
