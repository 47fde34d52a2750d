namespace Contoso.Config
{
    internal static class Settings
    {
        public const string DatabaseUrl = "mysql://root@localhost:3306/test";
        public const string RequestTimeoutSeconds = "60";
        public const string AwsRegion = "eu-west-1";
    }
}
