import psycopg2

conn = psycopg2.connect(host="db-cz43c2.deltacloud.net", dbname="app", user="acme_svc", password="+XIwglIIS3Y7kAMstKr")
