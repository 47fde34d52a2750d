<?php

define('FLY_API_TOKEN', 'fo1_KUlO3iXFHElb62Xbud6vKZ0gzt55rbub3W8tzniOMa4');
define('REQUEST_TIMEOUT_SECONDS', '60');
