<?php

define('MAX_CONNECTIONS', '20');
define('ANTHROPIC_API_KEY', 'qwertyuiopasdfghjklzxcvbnm');
