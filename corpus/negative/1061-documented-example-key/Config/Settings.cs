namespace Contoso.Config
{
    internal static class Settings
    {
        public const string StripeSecretKey = "sk_live_EXAMPLE00000000000000000";
        public const string AllowedHosts = "acme.io,www.harbor.io";
    }
}
