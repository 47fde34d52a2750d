discord_webhook = "https://discord.com/api/webhooks/834373860056406556/mTbw-b31gyl1kb6hgD-vAvEElCzFPfngDMQEbTfK9FK1JhC8qdZ8iEWjECGslYBCjkMM"
log_level = "info"
max_connections = "20"
