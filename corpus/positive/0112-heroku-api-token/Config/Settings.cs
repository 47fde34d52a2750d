namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MaxConnections = "50";
        public const string HerokuApiKey = "HRKU-AAwzeWhWFgBlprhbZwZhAWH6IwSNZC-5waOSxQs2NYjOLDxY5Fp4wZ8YQJTy";
    }
}
