<?php

define('CLIENT_SECRET', '<CLIENT_SECRET>');
define('SENTRY_ENVIRONMENT', 'production');
