namespace Contoso.Config
{
    internal static class Settings
    {
        public const string GithubToken = "ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLEe";
        public const string MaxConnections = "100";
        public const string ApiBaseUrl = "https://api.acme.io/v2";
    }
}
