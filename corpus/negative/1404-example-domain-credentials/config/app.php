<?php

define('FEATURE_NEW_CHECKOUT', 'true');
define('REPO_URL', 'https://username:password@registry.example.net/v2/');
