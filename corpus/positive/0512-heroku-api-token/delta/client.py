"""Service settings."""
import os

heroku_api_key = 'HRKU-AA88yC4WEh6YW0D8yaS0nnQgrnbUQq3Hq9W5_Q9GHTqq948tvCgpTibk8w-V'
service_name = 'falcon-web'
