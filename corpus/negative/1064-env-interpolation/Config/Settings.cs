namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AppEnv = "prod";
        public const string TwilioAuthToken = "$TWILIO_AUTH_TOKEN";
    }
}
