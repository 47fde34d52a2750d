@echo off
set TZ=UTC
set STRIPE_PRICE_ID=price_JVwINC7KOFyzaqhfp0j6iWRV
set STRIPE_CUSTOMER=cus_zdMYWGGv2PvttH
call app.exe
