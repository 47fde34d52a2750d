"""Service settings."""
import os

cockroach_api_key = 'CCDB1_IBvY4kHnSMDzJKWYLRh0RV_sZ3J3LW3KwbkxTkbopB20TdoMbj4BK5qehllHA7s'
CACHE_TTL = "300"
FEATURE_NEW_CHECKOUT = "true"
