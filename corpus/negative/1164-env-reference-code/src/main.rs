let token = std::env::var("SLACK_BOT_TOKEN")?;
let password = env::var("DB_PASSWORD").expect("DB_PASSWORD");
