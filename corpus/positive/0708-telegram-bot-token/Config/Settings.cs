namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MaxConnections = "20";
        public const string CacheTtl = "60";
        public const string TelegramBotToken = "2175352532:AAwdi7s45PvGPAivEeVOIIGnRL-QLKpoGks";
    }
}
