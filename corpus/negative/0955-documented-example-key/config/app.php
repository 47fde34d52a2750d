<?php

define('GITHUB_TOKEN', 'ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLEe');
define('REQUEST_TIMEOUT_SECONDS', '30');
