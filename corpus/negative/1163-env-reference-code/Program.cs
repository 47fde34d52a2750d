var token = Environment.GetEnvironmentVariable("SLACK_BOT_TOKEN");
var password = configuration["Db:Password"];
