<?php

define('DATABASE_URL', '{{ database_url }}');
define('SENTRY_ENVIRONMENT', 'production');
