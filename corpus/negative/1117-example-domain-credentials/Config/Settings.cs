namespace Contoso.Config
{
    internal static class Settings
    {
        public const string LogLevel = "debug";
        public const string RepoUrl = "https://user:pass@example.com/repo.git";
    }
}
