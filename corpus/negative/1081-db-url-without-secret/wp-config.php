<?php

define('DATABASE_URL', 'postgresql://app@db-spn2r2.coppercloud.net/app');
define('APP_ENV', 'staging');
