$env:FEATURE_NEW_CHECKOUT = "true"
$env:JWT_SECRET = "yg7Vm2oEI8gOnEpeZ1u92seAXzaCbCPKF5CACswbdPj6ZgTA"
& .\deploy-app.ps1
