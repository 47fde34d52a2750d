namespace Contoso.Config
{
    internal static class Settings
    {
        public const string TokenAddress = "0xa1c3a604744be1e6052d83dd040963ee46c2abf7";
        public const string FeatureNewCheckout = "true";
    }
}
