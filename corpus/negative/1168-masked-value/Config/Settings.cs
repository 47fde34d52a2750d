namespace Contoso.Config
{
    internal static class Settings
    {
        public const string StripeSecretKey = "ghp_****SRO1";
        public const string AppEnv = "staging";
    }
}
