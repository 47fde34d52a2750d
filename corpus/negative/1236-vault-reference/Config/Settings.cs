namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Workers = "7";
        public const string MaxConnections = "100";
        public const string AwsSecretAccessKey = "projects/159426084597/secrets/aws-secret-access-key/versions/latest";
    }
}
