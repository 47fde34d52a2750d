class Config {
  static final String TOKEN = System.getenv("TWILIO_AUTH_TOKEN");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
