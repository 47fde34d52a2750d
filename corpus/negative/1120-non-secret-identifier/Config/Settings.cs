namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Port = "8443";
        public const string GaMeasurementId = "G-PL9U0NGGAD";
        public const string GtmId = "GTM-XV5IDEY";
        public const string ServiceName = "ember-gateway";
    }
}
