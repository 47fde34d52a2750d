let token = std::env::var("API_KEY")?;
let password = env::var("DB_PASSWORD").expect("DB_PASSWORD");
