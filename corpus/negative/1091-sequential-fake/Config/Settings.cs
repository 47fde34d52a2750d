namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ApiBaseUrl = "https://api.copper.io/v1";
        public const string SendgridApiKey = "qwertyuiopasdfghjklzxcvbnm";
    }
}
