import logging

from discord_sdk import DiscordClient

log = logging.getLogger(__name__)

client = DiscordClient(webhook='https://discord.com/api/webhooks/9368619229344910287/bQF35KbJMuC1Pwq176hHAdjruA6G8pjIHMRFBFArBfdoHA5446hbHEMvw9vaTVmwaWbz')
log.info('client ready')
