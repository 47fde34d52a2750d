<?php

define('GITHUB_TOKEN', 'ghp_JWycdbEc8oPSQq4X35XaK1lgD0bcMqai1BF9');
define('APP_ENV', 'production');
