<?php

define('DATABASE_URL', 'postgres://postgres:postgres@localhost:5432/postgres');
define('TZ', 'UTC');
