resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "lumen-cedar-296660",
  "private_key_id": "143aeff690c1962c29e02d26f7d151bb0c9ac7c5",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQDKxCEp86GcoVV3\nH0+JWv+FzYlHCTySs0812+8C/LmEOAGx/+SkFDJ2EL2YBObLM9ciLu7mOeWQcTx9\nkzab9ojZEoqow4F429qqjJY3IW/mMXlx7xuaeEJtDMIqf/Nka0JAwOKJrsxpKEla\nJ8SRzIZT+jyWM8gBl7SmHNSWiyF8ouMc2np53vtSSTXdfqfNzI2JAuYUKhHxmFQk\n2DTfumAvkMnRAcKPW9y+zrHrDGntxEmMIXaMcS7UoRSUZAdaBKDG3UNB3i/J2z/1\nA4czlJASC4QBLNqP1AaVYUh6N073Yy4cY3jK7N0YjlG7B+PSZTHAlpz/2gu+5fBy\ngNC5a8T8AgMBAAECggEBAK6we/FNyJKcwBAlg0tTo372tcIM0ueTKcZKPRTO4R84\nq4uLVStfeFtRQsbEsk78ywWI3BKaqEPIRbiN/beHWWcLzAquGmdFOwlE/58ubZkv\n7dTvV8tqsJhHUlLWLIFdRzcpNW6CgID5kWKdu2nfZguylUnaZIW+2yoATc0h57lm\nANftMCSbSUPGo4sZjnB3n2jAIgHHb74pihBWgspGSxEICyUXx8uAhHYpIYkwGBpb\n8sAKV8E3UWJ0IMbsHuJu1giJGqvekAvhqgW769V8wNNehXAUReudRYweVhJbynqv\nPM5FNTqHc2hnExPFukS74NvPR/VLwyxu/TXj8wnUToECgYEA9nmyihi4TELC/hES\nveTK1kE1/mDr+Dk+lW6F7hIwWmI57AH5exYycQJ2MFG35h6KMk4kwMXhQTlpC9dl\nZX/F6mqrgPvItIDwIFLLiYNz9eZOhHV2iACanB2x0ff1TnlRbNzJ1jRWUYc1v2Ra\nvJPip+ldjHHx+F4aLhGb2XRabl0CgYEA/xhtY2p2adQMGPahx6iHooBU9OxgC5Dt\neI83Okoqb562p3YFumoIXpDvQOVom1Bt/fK6L/SmEhb6UGGdTfA3uGV+1WRboFlE\niidXTRwrQxcrcPts3aQ6poLp8Xa5DRyEN84dvw4cp0zM7WseHQURlVf3C5qkgL+d\ndtmryR+0QtsCgYEAp3iVwhSpjvBKcpn0ivtYm3Au2s8ZX/8MDHmZOMPVY+2EtyzO\nsMENUVJ2TOp1ZhHu8TNIUZojdb9VUTVYQpuSBqeu7WU5U4SNtpJe6e+9kCrJ8f0N\nRluLqlHjHj+6Mc18xtVKnfLk4ejF6oC58R31tDFggOvnQCJ+DI3eMs9PassCgYEA\n9640zRQ0RiL+COVUYzYOPvkyJbTEkQFec57oQbcSr1w8qXYGjASxfRTv2WUhCGc0\nnebef5n025ucy6dduvxP1Z+Nm72VltgslcI47m0DhFU7057Gq0wexs6uxo280YS9\nDe2IjP9qlTSMqimT2Tz9rMn+PF2bj1GNh+MzggDh1wwCgYEA+JPYhH/TXblo3TKX\n+HAwPVAmXx9iogl8vF5tVp/ZknCutnk+6ITUckQMFg88J1iXRPsZB4pv3DPAkvpn\n5ifbaEp8SleZsVbnFIT8N9WE0ULNzNNjOZkSbqAYv2/lpd+05T8I/YNThsxrxJgc\ne5M6aiP757hBMd9cG5QGYbjuv3E=\n-----END PRIVATE KEY-----\n",
  "client_email": "atlas-sa@lumen-cedar-296660.iam.gserviceaccount.com",
  "client_id": "931470951758723496073",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/nimbus-sa%40lumen-cedar-296660.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
