namespace Contoso.Config
{
    internal static class Settings
    {
        public const string RepoUrl = "https://user:pass@example.com/repo.git";
        public const string RequestTimeoutSeconds = "60";
    }
}
