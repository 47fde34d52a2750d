var token = Environment.GetEnvironmentVariable("DATABASE_URL");
var password = configuration["Db:Password"];
