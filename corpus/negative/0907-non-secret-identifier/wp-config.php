<?php

define('LOG_LEVEL', 'warn');
define('INSTANCE_ID', 'i-0b2ee41df1f637a5a');
define('ROLE_ARN', 'arn:aws:iam::420901199722:role/acme-deploy');
