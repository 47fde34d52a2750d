"""Service settings."""
import os

FEATURE_NEW_CHECKOUT = "true"
SERVICE_NAME = "sierra-worker"
LOGIC_APP_TRIGGER_URL = "https://prod-66.eastus.logic.azure.com:443/workflows/3d9f6c12965c2964d6f3e5f7fbae1199/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=JPPDJmQsBLT2qSxDNzDE17GnKXKdA7xstbQ4IsrIMRo"
REQUEST_TIMEOUT_SECONDS = "60"
