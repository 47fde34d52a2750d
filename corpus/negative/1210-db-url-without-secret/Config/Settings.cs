namespace Contoso.Config
{
    internal static class Settings
    {
        public const string DatabaseUrl = "postgres://harbor-db.internal.falcon.io:5432/app";
        public const string ApiBaseUrl = "https://api.cedar.io/v3";
        public const string ServiceName = "atlas-gateway";
    }
}
