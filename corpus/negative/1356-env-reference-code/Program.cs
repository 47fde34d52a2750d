var token = Environment.GetEnvironmentVariable("API_KEY");
var password = configuration["Db:Password"];
