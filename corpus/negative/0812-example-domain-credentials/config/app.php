<?php

define('REPO_URL', 'https://USERNAME:TOKEN@github.com/org/repo.git');
define('TZ', 'UTC');
