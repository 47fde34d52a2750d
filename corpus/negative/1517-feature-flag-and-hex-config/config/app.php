<?php

define('SENTRY_ENVIRONMENT', 'production');
define('THEME_PRIMARY_COLOR', '#9c0551');
define('BUILD_ID', '6116da670d64a96b42ce');
define('CACHE_BUSTER', 'i5ncaycxr4');
define('RELEASE', 'vertex@8.5.9+fc9a88b');
