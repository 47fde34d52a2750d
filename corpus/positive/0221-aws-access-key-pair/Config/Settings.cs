namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MaxConnections = "50";
        public const string Port = "8080";
        public const string AwsAccessKeyId = "AKIA5GS7QWY3HSVJ5SGZ";
        public const string AwsSecretAccessKey = "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";
    }
}
