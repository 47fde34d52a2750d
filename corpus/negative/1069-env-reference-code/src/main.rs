let token = std::env::var("AWS_SECRET_ACCESS_KEY")?;
let password = env::var("DB_PASSWORD").expect("DB_PASSWORD");
