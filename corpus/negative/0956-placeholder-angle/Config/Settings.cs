namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MaxConnections = "100";
        public const string AwsSecretAccessKey = "<your-aws-secret-access-key>";
    }
}
