namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ThemePrimaryColor = "#c6c984";
        public const string BuildId = "92eb5248b4f4d302c33a";
        public const string CacheBuster = "1992gzjh2f";
        public const string Release = "sierra@3.3.6+4625173";
        public const string RequestTimeoutSeconds = "60";
        public const string CacheTtl = "60";
    }
}
