@echo off
set WORKERS=11
set STRIPE_SECRET_KEY=arn:aws:secretsmanager:eu-west-1:074600193913:secret:vertex/stripe-secret-key-2u2x4S
call app.exe
