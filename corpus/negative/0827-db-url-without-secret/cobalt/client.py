"""Service settings."""
import os

tz = 'UTC'
DATABASE_URL = "postgres://postgres:postgres@localhost:5432/postgres"
aws_region = 'eu-west-1'
workers = '11'
