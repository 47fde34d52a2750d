namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AwsRegion = "ap-southeast-2";
        public const string DatabaseUrl = "postgresql://etl:Oum2hOTInGJFegrGP@falcon-7.prod.tundra.com:5432/app_production";
    }
}
