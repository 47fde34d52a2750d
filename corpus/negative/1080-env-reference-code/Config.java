class Config {
  static final String TOKEN = System.getenv("STRIPE_SECRET_KEY");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
