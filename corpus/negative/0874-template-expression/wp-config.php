<?php

define('REQUEST_TIMEOUT_SECONDS', '10');
define('SLACK_BOT_TOKEN', '{{ lookup('env', 'SLACK_BOT_TOKEN') }}');
