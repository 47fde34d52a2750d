@echo off
set WORKERS=13
set NPM_TOKEN=npm_2MnJjffYnv7iPZYtKuD1tYdGiGl1719LqKGo
call app.exe
