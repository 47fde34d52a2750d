<?php

define('ALLOWED_HOSTS', 'cobalt.io,www.copper.io');
define('REQUEST_ID', '42e24015-1222-4f69-ab65-4550145e9a0a');
