@echo off
set VAULT_TOKEN=hvs.CAESIm6yHLzPSQ2N_Sn9hbXggULMROpzR8wbbnhg3CZO-BkXdvaKq4_dtQkMFOd6LCGRjp9C5EvD3CXoKFIO_WCR324
set API_BASE_URL=https://api.raven.io/v3
call app.exe
