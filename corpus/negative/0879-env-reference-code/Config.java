class Config {
  static final String TOKEN = System.getenv("DATABASE_URL");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
