"""Service settings."""
import os

TFE_TOKEN = "o7GyeXoUIXJzt9.atlasv1.uN1ArPHBnJNxxVqG010ujvro1l-A4U2EkBMA7bC4DdMQX02cpPwALtLSWydY2sxdFGZ"
PORT = "5000"
LOG_LEVEL = "info"
AWS_REGION = "us-east-1"
