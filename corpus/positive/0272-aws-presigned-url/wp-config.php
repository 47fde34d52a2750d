<?php

define('REQUEST_TIMEOUT_SECONDS', '10');
define('REPORT_DOWNLOAD_URL', 'https://acme-uploads.s3.eu-west-1.amazonaws.com/reports/c84e3bf8cbd2.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAN22PACXJ4PQRP72B%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=24dfb7adce869b70325e8c2197bdeaf851f8022d04b9e4d945c9092127b2e4a9');
