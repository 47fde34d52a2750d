<?php
$link = mysqli_connect('db-e1gu0z.lumencloud.net', 'app_rw', 'YVHLoJQ6wHEqmn4!S3', 'app');
if (!$link) { die('db down'); }
