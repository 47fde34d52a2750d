@echo off
set STRIPE_PRICE_ID=price_mNvOlsJW1YmR9RCROvDFmCIN
set STRIPE_CUSTOMER=cus_puSFzDUSDiLiJe
set AWS_REGION=ap-southeast-2
call app.exe
