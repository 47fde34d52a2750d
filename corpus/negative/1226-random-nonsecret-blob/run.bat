@echo off
set CSP_NONCE_SEED_FILE=/run/nonce
set ETAG=W/"c73bade0263af64f72d6b62e9e7ae8cb"
set AWS_REGION=ap-southeast-2
call app.exe
