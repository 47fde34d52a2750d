namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ShopifyApiSecret = "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";
        public const string AllowedHosts = "acme.io,www.atlas.io";
    }
}
