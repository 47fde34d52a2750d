namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MaxConnections = "100";
        public const string FeatureNewCheckout = "false";
        public const string JiraPersonalAccessToken = "OTc4NDUxMTI1NjE0OgA04Imv69iBIR1GxgLlUD3KjoLh";
    }
}
