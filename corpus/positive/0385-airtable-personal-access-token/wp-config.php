<?php

define('AIRTABLE_API_KEY', 'patYtbaJ6mE1ewTlU.db2a50cfb6737a71c62486c01f4f2b5d991142455b7c16388914c0db5f166e11');
define('AWS_REGION', 'us-east-1');
