namespace Contoso.Config
{
    internal static class Settings
    {
        public const string CacheTtl = "60";
        public const string AlgoliaAppId = "JXFA6VQGXN";
        public const string AlgoliaSearchOnlyKey = "3e35a82175f6e5e6367a7cc162199f53";
        public const string Tz = "Europe/Berlin";
    }
}
