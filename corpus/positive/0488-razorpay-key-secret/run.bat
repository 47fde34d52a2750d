@echo off
set TZ=UTC
set RAZORPAY_KEY_ID=rzp_live_WmnYFWhq8Q08Ix
set RAZORPAY_KEY_SECRET=86vVwWgRk1mvrmrEoOAIYyeN
call app.exe
