<?php

define('MAX_CONNECTIONS', '100');
define('API_KEY', '<password>');
