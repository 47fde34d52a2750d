var token = Environment.GetEnvironmentVariable("CLIENT_SECRET");
var password = configuration["Db:Password"];
