<?php

define('TEST_UNSIGNED_JWT', 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzgxMzA5MjE2fQ.');
define('MAX_CONNECTIONS', '20');
