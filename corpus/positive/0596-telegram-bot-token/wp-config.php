<?php

define('TELEGRAM_BOT_TOKEN', '769887995:AAsbUu7tKj_yJLwgHCn9I4OSwqJYaaVPj4G');
define('SERVICE_NAME', 'sierra-api');
