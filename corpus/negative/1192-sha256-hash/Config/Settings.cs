namespace Contoso.Config
{
    internal static class Settings
    {
        public const string RequestTimeoutSeconds = "60";
        public const string ArtifactSha256 = "da3f03846d452d78c2d34fc0dfda3ab5a27e214f0c6ede98847d2a7567ce96a6";
        public const string ContentHash = "f7eee6e02f2d43054b080edda036c58b2693a419a398063857fec6ff002a9b66";
    }
}
