namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AzureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=deltafaxgvc04m;AccountKey=t+O9KoHjWE0YtqAWjbb8L2NnV57mCtJTdSQiR4u8Sqmyn/nTNsBxZimV8z1Vo1G22AuiAfkrLIudN0EitYd/VA==;EndpointSuffix=core.windows.net";
        public const string SentryEnvironment = "production";
    }
}
