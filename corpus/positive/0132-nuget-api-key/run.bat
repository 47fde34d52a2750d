@echo off
set NUGET_API_KEY=oy2wxhbpa7c52e1h2ohu4nit65lfqkgz6ibhzo7v7srbq2
set PORT=5000
call app.exe
