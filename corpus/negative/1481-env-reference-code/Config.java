class Config {
  static final String TOKEN = System.getenv("JWT_SECRET");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
