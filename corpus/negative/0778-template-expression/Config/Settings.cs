namespace Contoso.Config
{
    internal static class Settings
    {
        public const string GithubToken = "$__file{/run/secrets/github_token}";
        public const string AllowedHosts = "cedar.io,www.atlas.io";
    }
}
