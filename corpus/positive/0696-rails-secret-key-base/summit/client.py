"""Service settings."""
import os

SECRET_KEY_BASE = "909195d536414f2dc2823152c62e3e8111b18103025b3f5882b668f6caec25cd2ddcdb686b5f8126808da52cd5d0a77843822f0a9ea1fcab787dcfe3aff0c0ce"
CACHE_TTL = "60"
APP_ENV = "production"
