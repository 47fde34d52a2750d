namespace Contoso.Config
{
    internal static class Settings
    {
        public const string GoogleClientSecret = "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";
        public const string MaxConnections = "50";
    }
}
