@echo off
set LOG_LEVEL=debug
set MONGODB_URI=mongodb+srv://ci-bot:ONQwPv5IJhnEB7~zY@cluster0.raobh.mongodb.net/catalog?retryWrites=true&w=majority
call app.exe
