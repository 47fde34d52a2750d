namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Tz = "UTC";
        public const string AwsSecretAccessKey = "op://delta/aws-secret-access-key/credential";
    }
}
