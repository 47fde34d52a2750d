<?php

define('ANTHROPIC_API_KEY', 'sk-ant-api03-JXBuEgl0rlrHwhbhwHPf5wwl6Wyzz94C-TkWwRRqlwO4sVvYFmlj-7kVNSnKk9I8mNWKIQY9PAl7tdnOEcr93zeQNDSxoAA');
define('LOG_LEVEL', 'warn');
