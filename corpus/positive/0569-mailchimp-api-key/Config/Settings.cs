namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Tz = "Europe/Berlin";
        public const string MailchimpApiKey = "07dc1e151bffc011c7328af8c7f80ac4-us14";
    }
}
