@echo off
set CACHE_TTL=300
set LAUNCHDARKLY_SDK_KEY=sdk-c866568b-3f3b-41ea-828e-b762e148fa30
call app.exe
