<?php

define('SHOPIFY_ACCESS_TOKEN', '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');
define('APP_ENV', 'prod');
