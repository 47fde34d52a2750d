resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "orbit-vertex-231827",
  "private_key_id": "a2c3473410e7556ea3cf7e6f04b758f2b3250adf",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQDH1pTrwvcV3r0q\nVYXKSYwth7vH7nE5YeLzkNCYq2ntmUC6TU4EhWNwEZawUHdryBIiUgkj2FtzGbIu\nKFE2p2zNXQzFsjvWZR+iMtVcaWFKnGgORzSunIdK2EI2nOIA8WuRky4fZ9N1iEtw\nQz7H/oAdz1YwQlyxNne1a/YePC6MwCGSdDYgd4KtLmgRh5QFNGbbbmpSVExevf/v\nZ0Bh1ozha22FfXA0+t8WfZISaLoCdDhMTKNMCa0yBQcEJok/+LFIARymRyktO6ur\nOTLyMhZTg/2QP0rPz1xEz+S1DyeJfOfpwN8sbZ3Slhv4hmICl3/m4fD8Wgt3IrCy\nZpAlrl8SAgMBAAECggEBAJBM7PD/6BpCoUolqaYLpzR1JHSyqypE8AbFmFbeflFr\nca7PZ+z1p3ex/o915QW1HRoieJoNCBtlPzn4zmt91osgLmX+t8SS7zRwiwVUzWum\nq7nGGuWnTWrBJDfZpFYytHaE2PLCJbP+eAl/CVlQvOkYnP6mQUiSOX+Yi++XLvxC\nu6r6BDof+antPA/h8jsB2HqdRA/P3g6Ty4NTi9nvkT0wxOKyW61ZF+pwfzb4vXFj\nsaXvd/GPKfHgt9AAqmIUtRvPPNSDkrVCsRcPHF6Sth8RJplCYWt2G4V71eVwOtkS\npXg+AWYJMxQdj82cpGYJ36SudEQuYT9yL0kwJNWYw20CgYEAoF1pAghQY7BrzD9b\nXR8ndR73e9as8k9/+IAtmIdyPQmsKhO+srTexwTNW87+ghP18Kn+no0+O31CzvHc\naEDU1v320CqH6O4JDUwAIVPtTWZe1W+hXWSAfy+Bp85exAyqqTsmyEpNVhf/caMt\nvHnzdvc/RcwJoBryUZfhrBaAzI0CgYEA/LIer+PW6ELkdhPDzN8uoUyQ4SClDcEs\n2bgvlkM7lznw3ctoFTTG/RmVwzjow7F4AZT4S4/wG63lx4cLDsYRevlSqi/cvnbU\ncsjGgxMs9yrNgZ/OTydzXn1VlN4HpZOgQz9EyPqeOBpmAPwabi7bUEM5CTfPIdBI\njqrBXKbXZz4CgYEAyHnnvwhZ7/71PJhAXwZa+ARgwkHQdKw06pfNl4nf/1SlZ5zQ\niaGnRx3/hyZwP5Zd89iX2GOloKOlxIG9eLmAmYXWNIumgbJHF3JgLEFbXu9c9yJn\n0vxTZWZUK42ZwkxjFTxxuB7lBR4fAHlctadlhaHzrqBlBsJHulnLuN7KEBcCgYEA\n9HJXzGtq2iCK7Q2+TP7BAZgNpGdas2W81xci/Tri9dIr9AikqyLf5rTJ0cxQrxgn\n31IeANcqe79itMYMkv40/2mI9syTg9JUzzkFefVtf1HCJVEsNypDo+2hCSm5QnEk\nJXl7W+qdtEY/JEJ17qDYessIPkMPzv1mBlbS/k6sWMwCgYEAtl59jQR/15YdDmty\n+pAp+g/P5ZrFh51eAuTNY6JsUNKhJRXWvZCEVQMvs4iPKW31FKnra9tDTaj3umWp\n4vAI/VEZFsiSz1h8+44D3L2j3q9OnJ0uv8/fgVt6yF9ar6AwRuy2HRfnFXIARsOk\nEHLOY+vP6G+lWxVN2Wvw256JX48=\n-----END PRIVATE KEY-----\n",
  "client_email": "juniper-sa@orbit-vertex-231827.iam.gserviceaccount.com",
  "client_id": "321004450345756833217",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/orbit-sa%40orbit-vertex-231827.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
