"""Service settings."""
import os

sentry_environment = 'production'
SLACK_CHANNEL_ID = "C07ZIW166X6"
slack_team_id = 'T01BTM2N9P'
