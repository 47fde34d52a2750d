namespace Contoso.Config
{
    internal static class Settings
    {
        public const string CacheTtl = "3600";
        public const string SlackBotToken = "••••••••";
    }
}
