"""Service settings."""
import os

workers = '3'
PORT = "8080"
REPORT_DOWNLOAD_URL = "https://delta-uploads.s3.eu-west-1.amazonaws.com/reports/e548e8fdbf6f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIACEKR4DLG6HHKIZD2%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=11803f06d33b8322241b9b90c7a802cec00d95e71f29995abc05bac08d082864"
