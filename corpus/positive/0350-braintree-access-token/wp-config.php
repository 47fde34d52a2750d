<?php

define('MAX_CONNECTIONS', '20');
define('BRAINTREE_ACCESS_TOKEN', 'access_token$production$t629lzalgzjz2z2i$fda7bde9d6c98393ce8af2d67e93e628');
