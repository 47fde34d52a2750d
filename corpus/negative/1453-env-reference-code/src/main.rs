let token = std::env::var("JWT_SECRET")?;
let password = env::var("DB_PASSWORD").expect("DB_PASSWORD");
