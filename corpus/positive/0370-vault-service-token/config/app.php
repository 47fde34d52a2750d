<?php

define('VAULT_TOKEN', 'hvs.CAESIHHcT70cntgawaL8vN4XYzT5YBa9JdUxvltbDoQSyE_SwwZuxA4vrIhGQUKProc7gJHp3TIw-3Bd5lJKADS1LRe');
define('AWS_REGION', 'ap-southeast-2');
