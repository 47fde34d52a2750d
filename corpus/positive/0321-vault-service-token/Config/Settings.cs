namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ApiBaseUrl = "https://api.copper.io/v2";
        public const string VaultToken = "hvs.CAESIn-wJhd3MCdy7swSLXzyiW_JoqQC1aR0skVGl-PFhSWji4K9Te1Yb1pe7c8475bUwgYXWfrxM5LrgleWnbDMhJo";
        public const string Port = "8443";
    }
}
