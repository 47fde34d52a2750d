$env:STRIPE_PRICE_ID = "price_2BykYJzcR8ypb7MHOyhud1bW"
$env:STRIPE_CUSTOMER = "cus_19fwPxGLggut3U"
$env:APP_ENV = "production"
& .\deploy-app.ps1
