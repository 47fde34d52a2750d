@echo off
set LINEAR_API_KEY=lin_api_kgROYBgLt1CTPmII7U1skkjL9waZqoEm27PC9TrT
set TZ=Europe/Berlin
call app.exe
