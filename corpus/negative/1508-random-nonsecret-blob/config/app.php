<?php

define('CSP_NONCE_SEED_FILE', '/run/nonce');
define('ETAG', 'W/"95b63a52a771dc1c3180e53f5f3b1590"');
define('AWS_REGION', 'us-east-1');
