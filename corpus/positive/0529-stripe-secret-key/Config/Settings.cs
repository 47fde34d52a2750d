namespace Contoso.Config
{
    internal static class Settings
    {
        public const string StripeSecretKey = "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";
        public const string MaxConnections = "20";
    }
}
