"""Service settings."""
import os

google_refresh_token = '1//0OFq0iMtsGcgz1WF1XV5QigrQs-whWw1XZl6v2U3fK2KRnuX3bLGg_yJl_x7g-XrLgz-g8knA33vO-1gYeURcie4uWmOoYeVfWlF'
allowed_hosts = 'cedar.io,www.juniper.io'
