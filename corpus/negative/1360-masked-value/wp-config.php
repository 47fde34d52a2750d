<?php

define('ALLOWED_HOSTS', 'harbor.io,www.acme.io');
define('AWS_SECRET_ACCESS_KEY', 'REDACTED');
