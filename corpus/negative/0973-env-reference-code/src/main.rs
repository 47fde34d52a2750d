let token = std::env::var("DB_PASSWORD")?;
let password = env::var("DB_PASSWORD").expect("DB_PASSWORD");
