let token = std::env::var("GITHUB_TOKEN")?;
let password = env::var("DB_PASSWORD").expect("DB_PASSWORD");
