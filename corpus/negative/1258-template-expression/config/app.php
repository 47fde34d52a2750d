<?php

define('SERVICE_NAME', 'juniper-worker');
define('ANTHROPIC_API_KEY', '<%= ENV['ANTHROPIC_API_KEY'] %>');
