<?php

define('SENTRY_ENVIRONMENT', 'production');
define('SHIPPO_API_TOKEN', 'shippo_live_9d1cf83890c1ebdaa02a892b7e75379167049eb5');
