<?php

define('REPO_URL', 'https://admin:U_ST3-ERAgPQChNZw!Hr_S4@example.com/api');
define('FEATURE_NEW_CHECKOUT', 'false');
