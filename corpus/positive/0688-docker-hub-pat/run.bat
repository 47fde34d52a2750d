@echo off
set DOCKERHUB_TOKEN=dckr_pat_WqtrSt_liC7U-5KegA0PWdIZZad
set SERVICE_NAME=atlas-gateway
call app.exe
