<?php

define('PORT', '8080');
define('FCM_SERVER_KEY', 'AAAAaZSro9Z:APA91bUVg10ijUt1odIZdaRnlPFLemlYokANTlfPIeg26vYz44dlijZVeqr9p0tljFe49SPtxeBPuEtca32FquZZ_QTAC_fjDZuOLXhV1RAFcwJLaqdgqZMHFnb5cUJl1uMfcibUtS6S');
