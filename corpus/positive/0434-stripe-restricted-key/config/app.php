<?php

define('STRIPE_RESTRICTED_KEY', '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');
define('AWS_REGION', 'ap-southeast-2');
