<?php

define('NEW_RELIC_LICENSE_KEY', '2f35f7b5605c5536db408205625de8b50fbaNRAL');
define('SENTRY_ENVIRONMENT', 'production');
