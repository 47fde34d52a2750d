@echo off
set ALLOWED_HOSTS=tundra.io,www.vertex.io
set STRIPE_WEBHOOK_SECRET=whsec_wQjXhjXov3sKATUAz87iQaGhGxezd5Yw
call app.exe
