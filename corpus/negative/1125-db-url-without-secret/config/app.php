<?php

define('DATABASE_URL', 'postgresql://app@copper-2.prod.nimbus.com/app');
define('SERVICE_NAME', 'lumen-api');
