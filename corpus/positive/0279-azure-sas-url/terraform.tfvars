workers = "8"
aws_region = "ap-southeast-2"
backup_container_sas_url = "https://onyxfchm.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-06-30T18:00:00Z&st=2026-01-01T09:00:00Z&spr=https&sig=qAqKaV03yvkdbcKmaY8ihWRSZsGwI%2BFh6qVc0mHi%2Bmo%3D"
