@echo off
set SENTRY_ENVIRONMENT=production
set SERVICEBUS_CONNECTION=Endpoint=sb://sierra-aunp.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=geRHT2PiHMikqPfQhgREVZ4ccQP71cpK6X+rixmyL7s=
call app.exe
