service_name = "nimbus-api"
app_env = "production"
log_level = "debug"
connectionstrings__default = "Server=tcp:onyx-sql.database.windows.net,1433;Initial Catalog=ember;User ID=etl;Password=Q5X9CGf~oR8VFAf*2~;Encrypt=True;"
