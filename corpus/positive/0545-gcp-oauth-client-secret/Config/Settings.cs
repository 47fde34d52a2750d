namespace Contoso.Config
{
    internal static class Settings
    {
        public const string RequestTimeoutSeconds = "30";
        public const string GoogleClientSecret = "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";
        public const string LogLevel = "debug";
    }
}
