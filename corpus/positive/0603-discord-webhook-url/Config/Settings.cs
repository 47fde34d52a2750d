namespace Contoso.Config
{
    internal static class Settings
    {
        public const string FeatureNewCheckout = "true";
        public const string DiscordWebhook = "https://discord.com/api/webhooks/4466320974649190588/Dgcrcjz285NqfpVtsxO1B88vXKze3R1ieDLuSQyr2yiXERnwP7wzqZ4xzf7E0jXW97K2";
        public const string RequestTimeoutSeconds = "30";
    }
}
