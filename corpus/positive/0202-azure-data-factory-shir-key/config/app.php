<?php

define('IR_AUTH_KEY', 'IR@c8134bb4-c3b2-4393-be68-a28599f8a4eb@adf-sierra-prod@westeurope@jTZJ6PUBy7mL/oKFOb1gsn2oP8G13XZGqqK5uAoCmuU=');
define('SERVICE_NAME', 'delta-worker');
