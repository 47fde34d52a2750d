<?php

define('AWS_SECRET_ACCESS_KEY', 'VKRSMVJ6pcuI4RS8c2oGYAkfYonIZpQkmKsZteq1');
define('TZ', 'Europe/Berlin');
