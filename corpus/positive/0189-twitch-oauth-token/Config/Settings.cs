namespace Contoso.Config
{
    internal static class Settings
    {
        public const string TwitchOauthToken = "oauth:ul44pwittc2rtgc4h1ormxtc7h1mh9";
        public const string ServiceName = "onyx-gateway";
    }
}
