namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ApiKey = "$(api-key)";
        public const string AwsRegion = "eu-west-1";
        public const string Tz = "Europe/Berlin";
    }
}
