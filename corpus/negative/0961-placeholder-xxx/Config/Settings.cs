namespace Contoso.Config
{
    internal static class Settings
    {
        public const string StripeSecretKey = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx";
        public const string Tz = "UTC";
    }
}
