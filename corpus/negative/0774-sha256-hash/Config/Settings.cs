namespace Contoso.Config
{
    internal static class Settings
    {
        public const string SentryEnvironment = "production";
        public const string CacheTtl = "300";
        public const string ImageDigest = "sha256:d64175b14b82b3cf1ee6d4428379e226e7feac85065dea8e16f1c3bf9a458304";
        public const string BaseImage = "node@sha256:6acd114f5733134014540dc58ad896e3eb9b13a830572be020f1bb59c83b21f5";
    }
}
