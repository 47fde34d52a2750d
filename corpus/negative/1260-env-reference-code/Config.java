class Config {
  static final String TOKEN = System.getenv("AWS_SECRET_ACCESS_KEY");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
