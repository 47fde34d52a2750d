<?php

define('MAX_CONNECTIONS', '100');
define('GOOGLE_CLIENT_ID', '330037920334-okzy78ljm8q3qk4a02o21h8sj2444q71.apps.googleusercontent.com');
