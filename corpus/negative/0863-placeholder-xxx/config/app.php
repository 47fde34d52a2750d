<?php

define('JWT_SECRET', 'xxxx-xxxx-xxxx-xxxx');
define('WORKERS', '7');
