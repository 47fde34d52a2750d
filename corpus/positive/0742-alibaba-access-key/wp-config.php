<?php

define('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI5tAhAS8Xjhe75YdNnMXs');
define('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'tgdcRqxUBGyaKA4LNZCKISMrX2HVvi');
define('ALLOWED_HOSTS', 'orbit.io,www.willow.io');
