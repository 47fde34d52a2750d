aws_region = "us-east-1"
log_level = "info"
azure_search_admin_key = "sn7luljSK1nmly3g9tpdCOq6FHn1qYbnLfAS0OQ8DPR3Ih8Q0yg3"
