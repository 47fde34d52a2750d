<?php

define('REPO_URL', 'https://user:pass@example.com/repo.git');
define('LOG_LEVEL', 'warn');
