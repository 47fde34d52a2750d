<?php

define('API_BASE_URL', 'https://api.summit.io/v1');
define('GRAFANA_CLOUD_TOKEN', 'glc_eyJvIjoiMTcyODU1IiwibiI6InplcGh5ci13cml0ZSIsImsiOiJIOHNFeU00YThzTXNsTWJ3OVA0T0JPaGoiLCJtIjp7InIiOiJwcm9kLWV1LXdlc3QtMiJ9fQ==');
