$env:AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=nimbuse3r8ifv;AccountKey=obgkpK/ftUJALyvurH58ndClXus/69nxGQGXE0BuohYizolO4OQ2nLOUQCjbZoSHlJRIUyjd23gcx9jRgYlCRg==;EndpointSuffix=core.windows.net"
$env:FEATURE_NEW_CHECKOUT = "true"
& .\deploy-app.ps1
