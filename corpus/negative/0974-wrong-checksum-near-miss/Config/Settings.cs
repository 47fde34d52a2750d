namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MaxConnections = "50";
        public const string GithubToken = "gho_zIHfY3JAM1Kh1g1CSu8OMKtpm9IYlZWLseFt";
        public const string Workers = "5";
    }
}
