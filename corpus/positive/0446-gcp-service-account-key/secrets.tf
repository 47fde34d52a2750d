resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "zephyr-nimbus-573069",
  "private_key_id": "5b71f673a64d343255eaf4d3d87650ffecdfa090",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQCAri7k1+2ldCbN\n/st70rlRaNIbGHHFgaIkQt9bWdxEFsGYnULvI4Tn+gSNaoifzz2i7P/RhmLG17eI\nGqCsav3o61ZoUSXCKUdf9bp9DV6NkKNb/XDu7UNpieSWnhvKxm7Fp/cVGpE+hCYb\nyOlqTH0wimQL/I7rxBdJMi5kFUg1JW3YNabQf8qhnpAcyMmq9XC05+Yq99iqfj96\nX1F2/QnnrQmYS6BJE6CHHh8HEkwhk1nbreyKAhal38sn+53igG3+VavJ4YIlYgfM\npRuNZwYJ0ZaJzdprduKYDf5PFJCry+svrhS3OgF3YrzUWVo2IHER9+GMWVcRwtAY\nwCNRiRbiAgMBAAECggEBAMy9UGlKle4qvaUqu4pHVE2LBT7XMbsDuRK8ADy5DaSm\nPLtSrFFgmGrnzFGhop82oyumYuFRSyUW1Csf/e3uC7hEHmQN9LKUGPEoHLSb0PdZ\nPIiyB+IgklBX0PTrYHOvIHhsKYXpDDsS2TYXBIkAID6pQdIGEgCwiYcZ88UCUrtv\n+unzIAAamF5B8O/YdI+UpQDar3JRRk6EpnqYAK7QjYLjVf6PjXNcV4OWZwHZ6kCj\nV3oMZ9tT5rmyr/9J49DNN9hcknBFqkJZ5NCjmtOcPkqmcLTVs8th1yOlqhK2sgeT\nGYrn6QBOUcIl5gsbXZGvQrk2AomCohsmNrOig6+x1swCgYEAzp4r7lyAm5N3AJjX\nPA0luw+lpGpxOkLuKiYJMXNeVGCuU7yQ044MCbujxPPmegmvch3Vmv0GC5YX1IaY\nax8Njy0CfkE6zGUBvIs4ybgCOItbTFJB7iOs2uB2l8cO8LucpUqbYY2qWKfPnmje\nF4/2HhCKFU9PhCmMiWE6m0sZSrkCgYEAsm081e6eVJ2WrXFrlAuzSgMOgNBdQ1lR\nQ09gmQ30d4yfG5hCk5kP78VpXE3nNPdGCyeh0TZmwcVqFwEp5uEIOy+4L7N3F1oQ\nCouGOXGbTuKloNnfyurnL8eAJWowOT3taotVmc8hJ6SzqjP645ZTMrV/1sY3I7m/\nDFBDgBCVbjgCgYEAyA/NM2bRei4WBQkofbl0ylro8TVoVJb19Bi/5cyeqPJ6U+gq\n3Y/U6YRnt9OlzB/rb01eePKmX+gGm7BYP2i9OgGR/HYMKpq7iabADZ5hOToZjrQz\n2f0zrK3mKON9xZbNxKZCLOCMRbwSso3B3GGeB01zUi8RmS1u3svvjY1M+hUCgYEA\n/hQYvbSqXBiGX+87TspqknPSEI5xxubwRz4WlJnhZdZkGmaPAx0r6TtpZbaQScbf\nfF7wunhTHn3gTstQFCIpgCwO/lMxkP4+s92onVBiPWXaIuvWzYpIYv8Y8Ikwuqx0\nurw7hMyt8wfkj72wIWBZZks4jMKvclZkBR7u5HWQ1n4CgYEAng/oSyGqBBOW/PMG\npDo9sYc9MNIiVc4h33Yzq0q5rt8gegRNyMorLw6ZacuxgU7KV+G9014fw69A8cFL\nYLjnIhGiboHWZN8snnIWcl8QWTX1ankp1ariqVNT5qAyONz/QHUIyDbL93Ka5m/n\nvq5gJst8Ci7P4LRn3RfGBFKiXf4=\n-----END PRIVATE KEY-----\n",
  "client_email": "zephyr-sa@zephyr-nimbus-573069.iam.gserviceaccount.com",
  "client_id": "596213888139259009464",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/tundra-sa%40zephyr-nimbus-573069.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
