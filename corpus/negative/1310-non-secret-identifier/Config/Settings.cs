namespace Contoso.Config
{
    internal static class Settings
    {
        public const string GoogleClientId = "408416099709-pb9vdvcsn5l1u3r7ek0y6brgshtbxtid.apps.googleusercontent.com";
        public const string Tz = "UTC";
        public const string AllowedHosts = "maple.io,www.lumen.io";
    }
}
