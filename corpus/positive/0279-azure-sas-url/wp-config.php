<?php

define('LOG_LEVEL', 'debug');
define('BACKUP_CONTAINER_SAS_URL', 'https://delta8j0ml1.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-06-30T18:00:00Z&st=2026-01-01T09:00:00Z&spr=https&sig=hjfrvlBnbpaD3x5olm7xv0pFYs5ysUFksn17%2B6%2BE0oA%3D');
