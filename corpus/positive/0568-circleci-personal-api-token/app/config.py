"""Service settings."""
import os

workers = '5'
log_level = 'debug'
circle_token = 'CCIPAT_wLcmdUMU6KJCoCJpRKkZTC_93759a9cc3f38f3a18a1d18a3f1d0e7b5b1b756d'
AWS_REGION = "ap-southeast-2"
