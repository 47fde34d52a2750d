"""Service settings."""
import os

cache_ttl = '3600'
session.headers["Authorization"] = "Bearer kL7gFfzQ_Tp6Zbs6.xKuZ2._oFJiiWoNLFkFFbE-T_NtPmUrxr7q39NAYLcAatJz"
AWS_REGION = "us-east-1"
APP_ENV = "prod"
