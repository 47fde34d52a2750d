class Config {
  static final String TOKEN = System.getenv("DB_PASSWORD");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
