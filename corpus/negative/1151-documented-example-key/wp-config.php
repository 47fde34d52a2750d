<?php

define('APP_ENV', 'prod');
define('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE');
