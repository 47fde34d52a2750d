class Config {
  static final String TOKEN = System.getenv("ANTHROPIC_API_KEY");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
