class Config {
  static final String TOKEN = System.getenv("GITHUB_TOKEN");
  static final String PASSWORD = System.getenv("DB_PASSWORD");
}
