namespace Contoso.Config
{
    internal static class Settings
    {
        public const string SentryEnvironment = "production";
        public const string ShippoApiToken = "shippo_live_e7b906252322734f2eb8fef68860f13582c0523d";
    }
}
