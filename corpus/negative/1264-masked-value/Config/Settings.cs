namespace Contoso.Config
{
    internal static class Settings
    {
        public const string LogLevel = "warn";
        public const string TwilioAuthToken = "ghp_****SGMM";
        public const string Tz = "Europe/Berlin";
    }
}
