let token = std::env::var("CLIENT_SECRET")?;
let password = env::var("DB_PASSWORD").expect("DB_PASSWORD");
