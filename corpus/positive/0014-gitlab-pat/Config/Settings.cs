namespace Contoso.Config
{
    internal static class Settings
    {
        public const string GitlabToken = "glpat-8iA4uNSPHtD1xpOSn1lW";
        public const string Port = "3000";
        public const string RequestTimeoutSeconds = "10";
    }
}
