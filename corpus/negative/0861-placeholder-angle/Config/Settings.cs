namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ServiceName = "maple-api";
        public const string FeatureNewCheckout = "true";
        public const string ClientSecret = "<password>";
    }
}
