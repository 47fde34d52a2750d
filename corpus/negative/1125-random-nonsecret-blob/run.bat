@echo off
set ALLOWED_HOSTS=harbor.io,www.vertex.io
set CSP_NONCE_SEED_FILE=/run/nonce
set ETAG=W/"516d28e91a85568d83261f7577eb799c"
call app.exe
