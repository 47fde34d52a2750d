resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "falcon-quartz-186661",
  "private_key_id": "ce90939953fcdcf3808d912c909dfcf01bd0cf27",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQCviXH2Y7qpB9n6\nxe0EFhaSK6y3693Xt7Mls/3mwq60N+NKG575p6Y7PGnzGYCuKzb+rYEpuQ+PZnD4\nRhMUQ2ffvOS7z0pYeeZJSkw2bhC8f2dO4klLDGJgMHq3DwCZk3oabjpTI7d0/GD+\nlLDnRJ5H4d5AfsMTqwwMLs9hy0mN9qdoMGR6babMuZ8VnFE02hI1wd8oe41QO9jK\n0H8DFRIU+HwjnG3H/9UWLKKuG65637mwRxjbs+2Em4AdRccGkMTt+4OzowEauNdK\nf8JsoRGKAe5l9QZDIQyeSgeaMe0ZtTUe3HK4DqFjCTd3SMpcqjln0ZBT/rEMVaei\np8jUwy0IAgMBAAECggEBAMgEOAp7Ovg4WUmrXvdE5FnW9004JbkL2kn8OJwGRHQX\nf4BvUh+NXbe0CRkBjP6eCkfd4K5uxkXhbm3HuXjFkQwVHRhwQM97bx+WA56LJax7\nZx94XETGOs0x1ATEhmM/a6gidVvNfSrwVEWe8pinj1CDE/tfmuNPzQWLKDwzRgeP\n9bucJ8HHX/URdFlJBKmGxDY8ZsJkBtzqcsERHuireZhdV1m8u2H5Cysngf0IpHpA\naPz5UMcnNJFJj23r9EUGrY2dJXOiw7ywjx0mxxzm6SRF72EqMBU45wutzloQk/J0\nx9WTYqYo3wpCinoLXj06NOFC9IPjYSwwb8wYf+UTqacCgYEAkomxjNJd7QcShJbx\n/iYH8qS3ixmrODlWSgCG3Fm89FjYFYVlajHnGRceiudnn/VpADs2RQpou7pMt/yJ\nCwrbxPku0G1ris4pUa4m8HczKNyoeotEK/QGtjIyGvNhFQgrI79JM4q2Fm6dUkqC\nzEM+IvrkZqr4ramAAhZtIhfiUZYCgYEAulqN5+4MnuOlVsshkQn4Cx7PwE9QdgJr\ngTGnkNCC44pof+O92YTPzhInhNzoGrDWh5s1/eWY2gQCXyeL+0TDb2/4gX+yC64X\n9RApEDprkMODr4+oSFu+PqEBKN01NUdD6VhKxmoR3WOKl/grAySk7KSRXv5a6HvT\nX0PcCBC4YGACgYEAgiD1I78CTx5GCp3an6d+8TpQZihbmQe6S4thahz0lOKEcH7v\nC+mJTtrfjSGAWdpIcgXymKcV1k1oAFNSLvyomGA9e8vLvCTPbnY/7OXQTuBpbZ/3\nz8IQz7dVNids64bvsLUMN+jdeV0QN1nzXWgK7p4r/p+SSSuIxLvf/mE5yukCgYEA\niXC1bW30jMIniRD8p2e2HGgLfGd4mey6A+OB42Ff01o3INJH2/pdyv/HjCjT1RFC\n9BdI4J9eRS5Xo0XHj8hcIBCkCl+NZvGhesfDtOOM7hiuEnO448ltzLr5ladAWoED\nswRsfV4x2raNGK3Vy1I26lBs/zr6zXyh+5VvU92uDz4CgYEA9M9FWPxpKaxL8S4E\nRupVCLQD5uq1CO17v80UZI0mLtr02dFlU4ebs2NIwHTG0L2pvl62wubn2PxXHJM6\n4jhzECPa/Gqa/lRz4zGT/GD8PM/D1FY4/Q2tKM9n95UiWxGjAt8huDt74zVhP5nn\n+zjC6TFrwCdp3CCa0gT94UouhCw=\n-----END PRIVATE KEY-----\n",
  "client_email": "ember-sa@falcon-quartz-186661.iam.gserviceaccount.com",
  "client_id": "284689403940210072995",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/nimbus-sa%40falcon-quartz-186661.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
