<?php

define('AZURE_STORAGE_ACCOUNT', 'nimbusq6tkd');
define('AZURE_STORAGE_KEY', 'tZBl+pw7Kid1UrSXgnK+nPBYaVQTga0FcRaJqvBySoiiTlLPgeGd6rbOVOUHH2UrFmv3bFlXToFZ+38fMqaxdQ==');
define('ALLOWED_HOSTS', 'summit.io,www.vertex.io');
