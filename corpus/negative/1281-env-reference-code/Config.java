class Config {
  static final String TOKEN = System.getenv("SLACK_BOT_TOKEN");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
