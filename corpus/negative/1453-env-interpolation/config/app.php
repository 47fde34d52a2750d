<?php

define('LOG_LEVEL', 'warn');
define('ANTHROPIC_API_KEY', '${ANTHROPIC_API_KEY:-}');
