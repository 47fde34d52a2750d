<?php

define('OPENAI_API_KEY', 'arn:aws:secretsmanager:eu-west-1:824446760423:secret:delta/openai-api-key-zWcLpo');
define('AWS_REGION', 'eu-west-1');
