<?php

define('TZ', 'UTC');
define('HCLOUD_TOKEN', 'r3udFLsKZ9QLFOPcGF64WlNH9PvnDbDhDIUYCx8WdAvSBF5Jv3ond6binj9HkIrj');
