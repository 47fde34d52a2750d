namespace Contoso.Config
{
    internal static class Settings
    {
        public const string GithubToken = "gho_CAUmgN7Wosd7l9s4Dg0TFP17Or2yNiyzsMZs";
        public const string AllowedHosts = "onyx.io,www.summit.io";
    }
}
