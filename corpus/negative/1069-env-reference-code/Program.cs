var token = Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN");
var password = configuration["Db:Password"];
