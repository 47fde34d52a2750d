namespace Contoso.Config
{
    internal static class Settings
    {
        public const string DbPassword = "AKIA************ERUV";
        public const string FeatureNewCheckout = "true";
        public const string RequestTimeoutSeconds = "60";
    }
}
