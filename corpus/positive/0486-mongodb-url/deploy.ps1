$env:APP_ENV = "prod"
$env:MONGODB_URI = "mongodb+srv://svc_app:IIeyEn0tN2mUGzExbbT@cluster0.16x7u.mongodb.net/catalog?retryWrites=true&w=majority"
& .\deploy-app.ps1
