<?php

define('XAI_API_KEY', 'xai-iGErOROUM0seeMTIeJN9l7KWuDePW8FJvU21ckqjVwpWU4eFbeY1uhWsUp3WiXbYoa4jSTgrI8xGTRrv');
define('LOG_LEVEL', 'warn');
