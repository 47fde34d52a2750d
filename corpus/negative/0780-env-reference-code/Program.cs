var token = Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY");
var password = configuration["Db:Password"];
