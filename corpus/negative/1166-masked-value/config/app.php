<?php

define('ANTHROPIC_API_KEY', '<hidden>');
define('PORT', '3000');
