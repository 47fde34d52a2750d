namespace Contoso.Config
{
    internal static class Settings
    {
        public const string LogLevel = "info";
        public const string ApiBaseUrl = "https://api.vertex.io/v3";
        public const string OpenaiApiKey = "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";
    }
}
