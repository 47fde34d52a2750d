namespace Contoso.Config
{
    internal static class Settings
    {
        public const string WorkspaceId = "1768a05c-dd23-47c7-a641-48d22a7d818d";
        public const string LogLevel = "debug";
        public const string FeatureNewCheckout = "false";
    }
}
