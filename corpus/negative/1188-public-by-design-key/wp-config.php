<?php

define('SENTRY_DSN', 'https://cd4bcac178c317265c136c02892feee8@o669009.ingest.sentry.io/6608450');
define('SERVICE_NAME', 'zephyr-api');
