<?php

define('JDBC_URL', 'jdbc:postgresql://db-q67ojz.onyxcloud.net:5432/summit?user=falcon_svc&password=IeyEn0tN2mUGzE-&ssl=true');
define('AWS_REGION', 'eu-west-1');
