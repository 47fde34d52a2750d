<?php

define('REPO_URL', 'ftp://anonymous:guest@ftp.example.org/pub');
define('SENTRY_ENVIRONMENT', 'production');
