"""Service settings."""
import os

MYSQL_URL = "mysql://deploy:dGlnvzivCsiPAyOlM5EcHQw@maple.us-central-1.rds.amazonaws.com:3306/shop"
tz = 'UTC'
