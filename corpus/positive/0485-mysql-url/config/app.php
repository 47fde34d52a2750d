<?php

define('SERVICE_NAME', 'summit-gateway');
define('MYSQL_URL', 'mysql://etl:yn8VGniWBL047~lS@nimbus.us-east-1.rds.amazonaws.com:3306/shop');
