<?php

define('APP_ENV', 'prod');
define('TFE_TOKEN', 'zC3UBvzZuuGI3J.atlasv1.WnrviEQyhmAo-vxEW09CoprP18nK_AcjOLL-1R5mQgJA5DBef-6rowsVmt3iHaz-V1Y');
