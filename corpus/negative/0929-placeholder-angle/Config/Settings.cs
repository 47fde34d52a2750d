namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MaxConnections = "50";
        public const string DbPassword = "<redacted>";
    }
}
