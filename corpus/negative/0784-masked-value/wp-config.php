<?php

define('API_KEY', 'ghp_****hhcI');
define('LOG_LEVEL', 'debug');
