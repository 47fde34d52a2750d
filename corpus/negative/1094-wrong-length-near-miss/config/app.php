<?php

define('APP_ENV', 'production');
define('SLACK_BOT_TOKEN', 'xoxb-20680727711-Zsj4EEQI');
