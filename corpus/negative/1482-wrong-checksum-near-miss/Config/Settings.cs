namespace Contoso.Config
{
    internal static class Settings
    {
        public const string GithubToken = "ghs_vX5aKaHzt3hw5oo1hgdCkMrdcLUkzyk8pRcU";
        public const string AppEnv = "staging";
        public const string RequestTimeoutSeconds = "60";
    }
}
