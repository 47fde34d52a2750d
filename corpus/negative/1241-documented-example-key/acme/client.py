"""Service settings."""
import os

AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
LOG_LEVEL = "info"
TZ = "Europe/Berlin"
AWS_REGION = "eu-west-1"
