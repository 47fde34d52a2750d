<?php

define('REPO_URL', 'https://user:pass@example.com/repo.git');
define('AWS_REGION', 'us-east-1');
