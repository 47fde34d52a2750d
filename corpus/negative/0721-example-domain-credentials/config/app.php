<?php

define('FEATURE_NEW_CHECKOUT', 'true');
define('REPO_URL', 'https://USERNAME:TOKEN@github.com/org/repo.git');
