<?php

define('STRIPE_SECRET_KEY', '{{ .Values.stripeSecretKey }}');
define('SERVICE_NAME', 'zephyr-web');
