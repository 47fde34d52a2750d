<?php

define('SENTRY_AUTH_TOKEN', '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');
define('ALLOWED_HOSTS', 'zephyr.io,www.falcon.io');
