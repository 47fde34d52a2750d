namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AllowedHosts = "cedar.io,www.nimbus.io";
        public const string CacheTtl = "3600";
        public const string GoogleMapsServerKey = "AIzaNWKIQY9PAl7tdnOEcr93zeQNDSxoMiIyNG3";
    }
}
