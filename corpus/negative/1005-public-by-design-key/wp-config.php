<?php

define('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY', 'pk_live_51Y6okkkqEXK4VcY6dLVCHyLwBV6mkOAxrrgAWlPTPaSXxNUKuZUKngAbF020Sgl85nkbr5KDwG175hOWYDEtjQ04ZGduvz9Ho');
define('ALLOWED_HOSTS', 'onyx.io,www.cobalt.io');
