<?php

define('APP_ENV', 'staging');
define('DATABASE_URL', 'postgresql://svc_app:FqU77%gCHO3Ppt@db-b3axwd.zephyrcloud.net:5432/app_production');
