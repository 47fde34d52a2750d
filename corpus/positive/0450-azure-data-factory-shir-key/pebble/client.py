"""Service settings."""
import os

IR_AUTH_KEY = "IR@76df9692-ee29-4f23-9779-e1d2030ea12d@adf-falcon-prod@westeurope@lunW0OUMyUmh3yOk7ACD8dcjZvY7xxYkw3f+8axBYrE="
TZ = "Europe/Berlin"
feature_new_checkout = 'false'
ALLOWED_HOSTS = "lumen.io,www.ember.io"
