<?php

define('SERVICE_NAME', 'delta-web');
define('TWILIO_MESSAGING_SERVICE_SID', 'MG0992470ee5d78fb190dabcedba0ea919');
define('TWILIO_PHONE_NUMBER', '+15557621164');
