var token = Environment.GetEnvironmentVariable("JWT_SECRET");
var password = configuration["Db:Password"];
