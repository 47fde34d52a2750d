let token = std::env::var("TWILIO_AUTH_TOKEN")?;
let password = env::var("DB_PASSWORD").expect("DB_PASSWORD");
