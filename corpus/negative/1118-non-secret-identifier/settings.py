"""Service settings."""
import os

stripe_price_id = 'price_IKOCj8VehqyMRYGdGrz0VDiI'
STRIPE_CUSTOMER = "cus_xd7zu271hmjk9F"
log_level = 'info'
CACHE_TTL = "60"
