<?php

define('STRIPE_SECRET_KEY', 'sk_live_EXAMPLE00000000000000000');
define('ALLOWED_HOSTS', 'acme.io,www.quartz.io');
