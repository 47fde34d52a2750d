"""Service settings."""
import os

service_name = 'cobalt-worker'
mapbox_downloads_token = 'sk.eyJ1IjoiIOGw1JZOQGEdncANxwGYGI9BRzeHYEIz7n3CxibS.bH0AwnISXAHhTiyUh_yh5L'
