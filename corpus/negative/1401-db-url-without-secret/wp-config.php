<?php

define('TZ', 'UTC');
define('DATABASE_URL', 'mongodb://localhost:27017/falcon');
