var token = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
var password = configuration["Db:Password"];
