namespace Contoso.Config
{
    internal static class Settings
    {
        public const string OpenaiApiKey = "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";
        public const string Port = "3000";
    }
}
