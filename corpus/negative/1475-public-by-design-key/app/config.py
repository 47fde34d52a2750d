"""Service settings."""
import os

FEATURE_NEW_CHECKOUT = "true"
next_public_stripe_publishable_key = 'pk_live_51CGho317kyhV4yL5jLApaog2mb7QemwC10ttkndlh8dIAvdD7CxH0hQ3z80aa3M6sWQZbqROc6Ycjcl55CvE93ePUGadK4DUj'
CACHE_TTL = "3600"
