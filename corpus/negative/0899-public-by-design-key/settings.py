"""Service settings."""
import os

WORKERS = "2"
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY = "pk_live_5107gm8Clfnrppoc1ig4pr5pmcAovnirEQzgnvvAvIUt2uMukjcwUHc0F1DdEGlqtJJ2O8GmropX0DAcD8FbFxZRSmkjQOYBZS"
FEATURE_NEW_CHECKOUT = "false"
request_timeout_seconds = '30'
