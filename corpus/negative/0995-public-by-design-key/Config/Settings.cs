namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Tz = "Europe/Berlin";
        public const string NextPublicStripePublishableKey = "pk_live_51czSdliU5DxAwBdMcR8kPEVREwNPv78ID0CW3WgfqLCD7Asoa8GT9kLmay2WaZG42lLEEZ8gxjzljVw0ZEO3hdNYTM8O4IQ7R";
    }
}
