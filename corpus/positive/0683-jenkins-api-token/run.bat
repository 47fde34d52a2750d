@echo off
set JENKINS_API_TOKEN=1133605aba4bf980e5fe2780d35726667f
set SERVICE_NAME=atlas-gateway
call app.exe
