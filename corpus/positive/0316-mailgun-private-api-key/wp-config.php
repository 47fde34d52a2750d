<?php

define('MAILGUN_API_KEY', 'key-b5110248bf06d99791504d5b01ca43eb');
define('PORT', '9000');
