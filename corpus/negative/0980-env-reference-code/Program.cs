var token = Environment.GetEnvironmentVariable("DB_PASSWORD");
var password = configuration["Db:Password"];
