import logging

from notion_sdk import NotionClient

log = logging.getLogger(__name__)

client = NotionClient(token='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')
log.info('client ready')
