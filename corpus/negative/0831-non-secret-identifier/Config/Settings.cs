namespace Contoso.Config
{
    internal static class Settings
    {
        public const string FeatureNewCheckout = "true";
        public const string TwilioMessagingServiceSid = "MG9fe82a38e149939c68be3a7782eb3860";
        public const string TwilioPhoneNumber = "+15557335184";
    }
}
