$env:CARGO_REGISTRY_TOKEN = "cioEqN72pslEwGiFz7WIoFOfNbRKFV4BoVs"
$env:TZ = "Europe/Berlin"
& .\deploy-app.ps1
