<?php

define('MISTRAL_API_KEY', 'Jx8ED9cGYDleV4Iry3ly2zibHEPakpQq');
define('REQUEST_TIMEOUT_SECONDS', '60');
