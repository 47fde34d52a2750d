resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "juniper-atlas-552173",
  "private_key_id": "43db3db3262b0e795e82fd7f17010a5fa8ff2494",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQC3oNmcyj4s6heC\n+YpZ74LU701NXdFY+cxRv9bWq9XzWUhj3rUYGD9HuyFeE5x91OuwfBvg4GS4M0Iq\nqmjzJmHQ7nLHHuHLjPA09XK3fWuWG1uXDVE1m1iIagrmGZueZRLOtGCTPLcvv0Ks\nNxtzlPQesRRMbIKKQy5HLhIjW7NNaAlAFN6J/sFBewh/G8FIvSDCXA+COTn9fenH\n1akarcuEi6YEAMkKcLy/aCGp2EbZ28sqg5aejGu9JOym+clIiEknYs5qeqZet2Ed\n28QgvzGV9t66X8CY+5jMLqI5mJSeiWjNJSFNZn7MtPnudFMd9RKw6RLRvpEi3ft4\nYkKQ0HVAAgMBAAECggEBAKRfU2DmrAUnkDW8ifrxV9jcGNvkI0cKj5sB8nn6N0fu\nvOgetq0dnpezM4cApSzpVFruVyVbf0qGkeJFBHYpfcNy1xWjPcRAAGkfjizFqDsR\nlDK0MzXMOnmu34VjdoVYqM7k4CMg5zhoj4bcBh7EWVYBEHNLO620Hnwfp7Oo/hH2\nNQr7+zVcB0WR4hh5zeynfLc9CgPmLVAlcji+eIGV4HG0+Kuj2gspD87hBpxJrqWs\neYtY+OyKS8nkrpVZl5kgl6+jg+5S7hcwT+NsWq6+ZmBnJ8Xfh5VSSW9dENsC28eM\nj/IU5xryS2VAKput4gPSvwb50Jkj70z2sb7z1xM9iVYCgYEAkqo6NoxoiiqL/kbq\n8zfIGfOK3HPxmufKm7ErUKwP+NGQmhzf1+iJ205/ugKgLfVakdsq433TwarcCxG0\nfIE5V7BnegTDdqy2LUbSXGlLjE+hAWuuoF4z95xC1fmk5o44arioKvR+jgrzeCkI\nwHXbEzOTPkKCBqMlMWM4ciA47mUCgYEAx2+fMKZS27bgudxQpBxHLXtiQ1Y/deTe\nA6HariDJrgy74fWjKHvf9ZNz1Moc9YO1U39SKketVVZjLUMdYjoS7Xg2WMdE5hQW\nCcnq7IkCj3N25vZawZrcgF+zs+DfYLembEyyB7zRIOyt79cs4QsGvl11us2qXVDI\nM28vqPQfZjQCgYEAkyoyvUEF4uee2I4ceTmfiBQl/LGtucGfimPUy9vrsMTmt/K0\nRsXUWxRndE511ltQDOPJJ1f34n8pjFV0CGcuEvmA0ojXAvLc0ePUf4rZlkTkSsRO\ntA+wpEPkR3ifqNNYYPzS6CCAUSUQ/+iO5yxC3siqpu1Ukhgr4YALRqvRzk0CgYEA\nzkyb0wR2lTfey2SKePfEZUcS9MOkqNJUPWZDC2GEO9HT/Zzi2sAjH03UzbOWi6pr\neY0HOaJPCxbcSSuZVFoleqxh6jRLmAuBdEfhtNqDkHl+unp28aJEeooYiQHVq4Bs\nP3YWPQhUTamZGWH/MlJylOUGbfiBAJX61KSZ5tsx3h4CgYEAu7vXZTULBrr6ctQc\no8IENZcl3iK+LrUD7fBKI/LlZjBBly9ZeiFLIFdO/TJBpsjkg3JKryKQ+oFU7vm7\nY8Xi6wQLKV2SdnHXWDRc/p34R5Klgp0lLcp+ZfmiF9+kpDjWE9PjZNxMkiP+sv/1\nh3JlvBxPYJsvBkZbhSMpYO040ic=\n-----END PRIVATE KEY-----\n",
  "client_email": "cedar-sa@juniper-atlas-552173.iam.gserviceaccount.com",
  "client_id": "994774114740185307062",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/falcon-sa%40juniper-atlas-552173.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
