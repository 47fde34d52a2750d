$env:WORKERS = "11"
$env:AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=lumenro617kkwfa;AccountKey=Epk2e/5xUTC58re2X1ADvovCm7QOktvBN08fQFN1p6U4CajDZR9ABqBEXxFQ9LUY+n+i0I3nqaYVseqFZczlrA==;EndpointSuffix=core.windows.net"
& .\deploy-app.ps1
