import logging

from gitlab_sdk import GitlabClient

log = logging.getLogger(__name__)

client = GitlabClient(token='glptt-6e41539c24afa99e9d13bb6e3d68fa2cb1efe0d7')
log.info('client ready')
