@echo off
set PAYSTACK_SECRET_KEY=sk_live_d174e33b25253d5a7d6630abba3481c3805ed8f6
set TZ=Europe/Berlin
call app.exe
