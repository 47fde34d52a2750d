<?php

define('SHOPIFY_ACCESS_TOKEN', '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');
define('LOG_LEVEL', 'warn');
