@echo off
set CACHE_TTL=300
set STRIPE_SECRET_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
call app.exe
