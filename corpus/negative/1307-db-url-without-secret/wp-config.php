<?php

define('APP_ENV', 'prod');
define('DATABASE_URL', 'mysql://root@localhost:3306/test');
