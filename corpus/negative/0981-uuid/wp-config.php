<?php

define('WORKSPACE_ID', '0a45b472-6966-4b92-88f1-e279e0132aa8');
define('WORKERS', '14');
