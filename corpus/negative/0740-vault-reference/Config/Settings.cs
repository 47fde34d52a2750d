namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ApiKey = "projects/343034530535/secrets/api-key/versions/latest";
        public const string MaxConnections = "100";
    }
}
