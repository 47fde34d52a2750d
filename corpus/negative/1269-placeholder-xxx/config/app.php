<?php

define('SERVICE_NAME', 'vertex-worker');
define('GITHUB_TOKEN', 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
