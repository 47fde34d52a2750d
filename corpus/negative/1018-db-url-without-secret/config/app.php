<?php

define('DATABASE_URL', 'postgres://postgres:postgres@localhost:5432/postgres');
define('FEATURE_NEW_CHECKOUT', 'false');
