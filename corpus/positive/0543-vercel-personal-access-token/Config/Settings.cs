namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AwsRegion = "eu-west-1";
        public const string VercelToken = "vcp_-3NFG0KHjUtKX7iLogTTGUeVYrm2IWTP_k7SbXZuUHkDv2gpu4tm1xz6";
        public const string FeatureNewCheckout = "false";
    }
}
