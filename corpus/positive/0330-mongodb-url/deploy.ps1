$env:MONGODB_URI = "mongodb+srv://harbor_svc:Awp65OQV3KNKVSlzH@cluster0.g1x0d.mongodb.net/catalog?retryWrites=true&w=majority"
$env:MAX_CONNECTIONS = "100"
& .\deploy-app.ps1
