namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AwsRegion = "us-east-1";
        public const string DbPassword = "${{ secrets.DB_PASSWORD }}";
        public const string FeatureNewCheckout = "false";
    }
}
