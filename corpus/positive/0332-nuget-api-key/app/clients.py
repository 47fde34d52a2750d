import logging

from nuget_sdk import NugetClient

log = logging.getLogger(__name__)

client = NugetClient(api_key='oy2r0ao6lac82opl97w7ckzw4oktu6aoq39vd3g4lpt2xw')
log.info('client ready')
