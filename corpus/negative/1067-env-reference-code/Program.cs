var token = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY");
var password = configuration["Db:Password"];
