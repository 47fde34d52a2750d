namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MaxConnections = "100";
        public const string StripeWebhookSecret = "whsec_xyFWki5QVY8jZ7N3RzENenLPpzsP3Tvs";
    }
}
