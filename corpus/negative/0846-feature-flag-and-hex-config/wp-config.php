<?php

define('THEME_PRIMARY_COLOR', '#fa580d');
define('BUILD_ID', '8487abe7edff07ee814c');
define('CACHE_BUSTER', 'f0b1pxhrim');
define('RELEASE', 'acme@8.5.7+99a323d');
define('APP_ENV', 'production');
