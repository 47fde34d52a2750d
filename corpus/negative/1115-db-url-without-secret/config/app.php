<?php

define('WORKERS', '2');
define('DATABASE_URL', 'amqp://guest:guest@localhost:5672/');
