$env:SENTRY_ENVIRONMENT = "production"
$env:DROPBOX_ACCESS_TOKEN = "sl.u.w9cA0Imc-icRvtpRO4Ktz8kAb5FsxOIYxz6Svh47WNgXiT-wjmo75R1qqjuBCg3Ow5be39t42KLfb-B32pVXHcdL1IrKGUHM9ABhQ9zCvvXOPZVlOdStiK53xuHzr__DJDWBygYabuX9K6xlyUyAAE"
& .\deploy-app.ps1
