resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "willow-lumen-446312",
  "private_key_id": "e903f8815fb04d5b58e42dc4f11c3ff3aa6a5938",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQDwhxw0z2T5aTBN\nS3zx0zA0ZKKMXhn0kTUhBqF2hrTUWGZ/7YtCTRybpz9JWsrqNXug+9UBm6lP2bKe\nSwyGbVEUXbRdpcAWNwol4+5bFHxU75zHNEN4Vb8vY1OIPHYNsDyueCfrHEqrM1oj\nOk4pUvtTW/9bxG/erPDWBcMp2tw51fMkMI6O8fXmDILx5a6GlNV47wYd/O0VyTV6\nexLhw/DwVtgaIk2IPnWcq4oq6aZD2nsHehWKBbH6LbFg5wIBPY8kG+9dnXl45Rfo\nRVKTERRz4zjXhUjkRCT7J5jlEWeva9tr/ep1iSEs3ziIYjflNh4o2+ByShErvqsC\noCDfqsokAgMBAAECggEBAKoAMXYMM1G/j2i485GVfznYFmKusiiuYoU2C/ghClKl\nkZuuvVEY0CIH4hhioMs7M92qOYLi3JqIGob8mZQc3rnY3MM0wP6GuQZLDaRK0XNd\nuZGIdCRJG0G/xJYu6m4qdJMre7DoDltbhY7LM+VO1pP/sYOAUUAUzArjA+Bpo5hO\nvgrNmUTCkyrywgSzgT34huBko7jhL0h2ZAFWOZ3+/Rg1rR8VoKNirUeiJ4SC1wWz\n+1b5bNbsDaimqvc7jBzFm9JE90d8ulMGXyvKF3evOeV1sStnbrg76R61EVgq/rEa\nzuXhU+28UiQJJxRYIZ5eFjspKpO9PhF7SYQKmuAz97ICgYEA5lHs4C7FzAiZGZVw\nIEtYWDO4OP9SP45kiywssJqIKLvLZ55IuRPXj03Zdj0/pQI1qA9Mt0qfxGfizA+1\nnkLYSwzhieIMHXY1tdU0sUwJ1Ib8B3pvYrCFnmSymzBFK0F0yVAlqqVnQL2osOl2\nG0LKBt1qxkdWT6RVkBJbGhbjWvoCgYEAwXsWfptEzYx4cuAHIfPwqgXKO2SrXLJy\nSIY1a6ITK6NxqyDVQb0bRf7Baa9Vht+3E9MDrwWMTI6mM83Y2yu1f6ZJ4kdBfet6\nc49/9iTVBxTtaJoHls819A5B9qDB3EEpeZKPY+C1u1LTEFGSBYokFYNUJdvSzurj\n0Fk8ZMWkwGECgYEA0deQSb+FwDNmbU2MSEx9w+WpdPnwzaCAsbGb43qxd5O9/XHq\nmrE5qqqPYbrYKzc3MASXD0svKcBXin6F0Dh0YNUg1/5PAxwlT9P8EU1rjBukIPKv\nYeaSMC9m029YEbeH76bE8dVuzvHt7wgg/ITvGDtxtwfM9AV0tC4ROr1UsNkCgYEA\n+o96GYwE79vQ5THA0BtEnNZvkH04kb8CJRvkeWMxmhLgrwsjqNkAhRrnOeTw1YPI\nd9w+HwgjqtZRZLSdLEA69Dwf7joOx5b2EFYP9TSQDTtRPANkzvZKptsvJE3bGHMm\nRWf76T1yJ6n1uALcuQt8ZQzHYUV5b+0baagSJBEMH0QCgYEA6oPRri9KPxa/V+Zu\nmvsUckPHne70xvTK2xpphfX9P+vc8KxObL43i/WZO/Q/sqamf26sn8yJAVbBtkLU\nRM/YS8kQAh4i0JHoRGrAwEaoSMCOP3vtBnTCu5o/WbhWaduCAq+o7cZKIjuwH02I\n1n/zyocWyOrLEZoOYjlovlTshmg=\n-----END PRIVATE KEY-----\n",
  "client_email": "willow-sa@willow-lumen-446312.iam.gserviceaccount.com",
  "client_id": "046133914990732439943",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/delta-sa%40willow-lumen-446312.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
