package com.falcon.config;

public final class Secrets {
    public static final String APP_ENV = "prod";
    public static final String COSMOS_CONNECTION_STRING = "AccountEndpoint=https://nimbus-apkxw.documents.azure.com:443/;AccountKey=MsBQ6O9F5tqkltnJv/taNnMZs8LtPXdKY0k1Ue4HB4zHF28A/eMQz3GsQmyqyWT/vA43SJDYArxRO4QtH4hQ/g==;";
}
