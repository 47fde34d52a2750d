var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
var password = configuration["Db:Password"];
