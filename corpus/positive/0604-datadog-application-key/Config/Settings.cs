namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ServiceName = "vertex-gateway";
        public const string Workers = "8";
        public const string DatadogAppKey = "2393ea814a52b5192ea94017caa9513f09981d0e";
    }
}
