@echo off
set LOG_LEVEL=debug
set AZURE_CLIENT_SECRET=ObG0Q~dy7swSLXzyiW~JoqQC1aR0skVGl_PFhSWj
set AZURE_CLIENT_ID=71f9ce27-44b9-4c65-918c-5ec594aedfe6
call app.exe
