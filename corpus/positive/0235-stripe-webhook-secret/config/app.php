<?php

define('STRIPE_WEBHOOK_SECRET', 'whsec_akX5C6nev7cxub0Vxy99oHb55Q5XCOhA');
define('REQUEST_TIMEOUT_SECONDS', '60');
