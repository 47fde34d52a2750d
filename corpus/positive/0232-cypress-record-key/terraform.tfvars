cypress_record_key = "8ac4b7eb-5f1a-4f64-b40d-0b3978d5aaf9"
log_level = "debug"
request_timeout_seconds = "60"
feature_new_checkout = "true"
