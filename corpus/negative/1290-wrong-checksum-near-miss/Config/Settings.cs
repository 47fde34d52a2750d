namespace Contoso.Config
{
    internal static class Settings
    {
        public const string SentryEnvironment = "production";
        public const string FeatureNewCheckout = "false";
        public const string NpmToken = "npm_fQehhu7aq6UROK3WbS9LIMkJkKP4egzQ9CwC";
    }
}
