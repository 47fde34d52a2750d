<?php

define('TZ', 'UTC');
define('EC_PRIVATE_KEY', <<<EOT
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIImf03KWVjbhpFzVNm+6nCx4yNm/81tntE5EHBg1cJJFoAoGCCqGSM49
AwEHoUQDQgAEvBUp7kq7HPjibkUuiAoP5Zr3CEv2hYjgj5o3l7t0wGysLjZcgTvX
dF+fFDL7aNi6ykGMm2bxlqnp/1pzp6DFhA==
-----END EC PRIVATE KEY-----
EOT
);
