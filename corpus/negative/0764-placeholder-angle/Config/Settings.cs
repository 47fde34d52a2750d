namespace Contoso.Config
{
    internal static class Settings
    {
        public const string OpenaiApiKey = "<redacted>";
        public const string RequestTimeoutSeconds = "30";
        public const string AppEnv = "staging";
    }
}
