import logging

from google_cloud_sdk import GoogleCloudClient

log = logging.getLogger(__name__)

client = GoogleCloudClient(refresh_token='1//0I9zz62UaaW2cVmL8OsTfl7tx_YtdP6W9xM_hwmgwXs6bodAj9InX4aHIht99iJWz1WhkTMjcy8Ca1iy0ikvQW0CethKBvMrF19Y')
log.info('client ready')
