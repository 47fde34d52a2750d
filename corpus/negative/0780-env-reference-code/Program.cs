var token = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
var password = configuration["Db:Password"];
