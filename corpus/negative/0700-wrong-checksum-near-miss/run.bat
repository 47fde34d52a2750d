@echo off
set PORT=3000
set NPM_TOKEN=npm_lkGK4AOTOx3hg1arinIndkqzGjYSbSobca48
call app.exe
