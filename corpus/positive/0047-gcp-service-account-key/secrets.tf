resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "vertex-cedar-419686",
  "private_key_id": "4ec2e4c746143aeff690c1962c29e02d26f7d151",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQDj3VrPyVz1tQdl\nTVOmZ/bWPGcvysQhKfOhnKFVdx9PiVr/hc2JRwk8krNPNdvvAvy5hDgBsf/kpBQy\ndhC9mATmyzPXIi7u5jnlkHE8fZM2m/aI2RKKqMOBeNvaqoyWNyFv5jF5ce8bmnhC\nbQzCKn/zZGtCQMDiia7MaShJWifEkcyGU/o8ljPIAZe0phzUloshfKLjHNp6ed77\nUkk13X6nzcyNiQLmFCoR8ZhUJNg037pgL5DJ0QHCj1vcvs6x6wxp7cRJjCF2jHEu\n1KEUlGQHWgSgxt1DQd4vyds/9QOHM5SQEguEASzaj9QGlWFIejdO92MuHGN4yuzd\nGI5RuwfjAgMBAAECggEBANJlMcCWnP/aC77l8HKA0LlrxPyusHvxTciSnMAQJYNL\nU6N+9rXCDNLnkynGSj0UzuEfOKuLi1UrX3hbUULGxLJO/MsFiNwSmqhDyEW4jf23\nh1lnC8wKrhpnRTsJRP+fLm2ZL+3U71fLarCYR1JS1iyBXUc3KTVugoCA+ZFinbtp\n32YLspVJ2mSFvtsqAE3NIee5ZgDX7TAkm0lDxqOLGY5wd59owCIBx2++KYoQVoLK\nRksRCAslF8fLgIR2KSGJMBgaW/LAClfBN1FidCDG7B7ibtYIiRqr3pAL4aoFu+vV\nfMDTXoVwFEXrnUWMHlYSW8p6rzzORTU6h3NoZxMTxboCgYEAxLvg289H9UvDLG79\nNePzCdROgfZ5sooYuExCwv4REr3kytZBNf5g6/g5PpVuhe4SMFpiOewB+XsWMnEC\ndjBRt+YeijJOJMDF4UE5aQvXZWV/xepqq4D7yLSA8CBSy4mDc/XmToR1dogAmpwd\nsdH39U55UWzcydY0VlGHNb9kWrwCgYEAk+Kn6V2McfH4XhouEZvZdFpuXf8YbWNq\ndmnUDBj2oceoh6KAVPTsYAuQ7XiPNzpKKm+etqd2BbpqCF6Q70DlaJtQbf3yui/0\nphIW+lBhnU3wN7hlftVkW6BZRIonV00cK0MXK3D7bN2kOqaC6fF2uQ0chDfOHb8O\nHKdMzO1rHh0CgYEAhRGVV/cLmqSAv5122avJH7RC26d4lcIUqY7wSnKZ9Ir7WJtw\nLtrPGV//DAx5mTjD1WPthLcszrDBDVFSdkzqdWYR7vEzSFGaI3W/VVE1WEKbkgan\nru1lOVOEjbaSXunvvZAqyfH9DUZbi6pR4x4/ujHNfMbVSp3y5OHoxeqAufECgYEA\nnfW0MWCA6+dAIn4Mjd4yz09qy3euNM0UNEYi/gjlVGM2Dj75MiW0xJEBXnOe6EG3\nEq9cPKl2BowEsX0U79llIQhnNJ3m3n+Z9NubnMunXbr8T9WfjZu9lZbYLJXCOO5t\nA4RVO9OexqtMHsbOrsaNvNGEvQ3tiIz/apU0jKopk9kCgYEAvP2syf48XZuPUY2H\n4zOCAOHXDHiT2IR/0125aN0yl/hwMD1QJl8fYqIJfLxebVaf2ZJwrrZ5PuiE1HJE\nDBYPPCdYl0T7GQeKb9wzwJL6Z+Yn22hKfEpXmbFW5xSE/DfVhNFCzczTYzmZEm6g\nGL9v5aXftOU/CP2DU4bMa8SYHHs=\n-----END PRIVATE KEY-----\n",
  "client_email": "summit-sa@vertex-cedar-419686.iam.gserviceaccount.com",
  "client_id": "362435190677931470951",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/atlas-sa%40vertex-cedar-419686.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
