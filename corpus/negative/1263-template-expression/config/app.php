<?php

define('SLACK_BOT_TOKEN', '%(slack_bot_token)s');
define('REQUEST_TIMEOUT_SECONDS', '30');
