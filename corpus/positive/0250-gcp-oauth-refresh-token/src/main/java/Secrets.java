package com.copper.config;

public final class Secrets {
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String PORT = "9000";
    public static final String GOOGLE_REFRESH_TOKEN = "1//0q09UNSDMK2KIO4BRj6Omvaj-9ZgWpMwozje3low-m0Bu4I_iilSrMC4jP7dFKVM1nMkX789KBsa9j0reRCy8mKOzrWeA-JnUe2W";
}
