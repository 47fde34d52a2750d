class Config {
  static final String TOKEN = System.getenv("OPENAI_API_KEY");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
