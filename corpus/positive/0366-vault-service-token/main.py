import logging

from hashicorp_vault_sdk import HashicorpVaultClient

log = logging.getLogger(__name__)

client = HashicorpVaultClient(token='hvs.CAESIlg8DI1LRl77UKNs8Zx6H7TloWSljLHwtJ4kW6AC-wPvATRuIX2a2XwIaYCZIXxminmHH8qmLE5CFezmOJETNPs')
log.info('client ready')
