namespace Contoso.Config
{
    internal static class Settings
    {
        public const string TwilioMessagingServiceSid = "MGa0c035b907c7507070d83b9e47263300";
        public const string TwilioPhoneNumber = "+15556020256";
        public const string RequestTimeoutSeconds = "10";
        public const string CacheTtl = "300";
    }
}
