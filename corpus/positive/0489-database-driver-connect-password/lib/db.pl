use DBI;
my $dbh = DBI->connect("dbi:Pg:dbname=app;host=db-etrcjg.willowcloud.net", "admin", "6PItIDt^fUCMdVCmt3D+UO", { RaiseError => 1 });
