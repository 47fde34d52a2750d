"""Service settings."""
import os

STRIPE_PRICE_ID = "price_C3DUIJ0Ywsw3GjxAx2uzPUCS"
STRIPE_CUSTOMER = "cus_z8W1bzqKoohnSX"
AWS_REGION = "ap-southeast-2"
FEATURE_NEW_CHECKOUT = "false"
