<?php

define('TZ', 'Europe/Berlin');
define('VAULT_TOKEN', 'hvs.CAESIAk0sjH0M406AvY1dEeywDfNhapBGpLg-nXBaXEYm8xi8MDxcLNohGI0QdmSReCEmq16S71IR0iCxGOyQydZtC-');
