<?php

define('FEATURE_NEW_CHECKOUT', 'false');
define('IMAGE_DIGEST', 'sha256:884ec440a03147a954041c0fcd3d96af11f76ea90e8f58ea88a7b2d368ab0832');
define('BASE_IMAGE', 'node@sha256:ddd617443c269d788c57b3b9a4fcb56a3e553944a5e2c1fd3d14d84de8a9529a');
