namespace Contoso.Config
{
    internal static class Settings
    {
        public const string GithubToken = "my-super-secret-password";
        public const string AllowedHosts = "lumen.io,www.vertex.io";
    }
}
