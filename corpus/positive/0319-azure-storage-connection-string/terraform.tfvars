azure_storage_connection_string = "DefaultEndpointsProtocol=https;AccountName=orbitdrdv7j;AccountKey=PfgMqofOA3BOfGESw96uo0M7bhjeBDtkd/RY+mC3JJP41csWL2eoZeFEsyx+EpBRVCHXhwVr26OTr9XSNccizQ==;EndpointSuffix=core.windows.net"
port = "5000"
app_env = "production"
request_timeout_seconds = "60"
