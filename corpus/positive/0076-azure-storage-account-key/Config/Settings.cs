namespace Contoso.Config
{
    internal static class Settings
    {
        public const string LogLevel = "debug";
        public const string AzureStorageAccount = "willow3ldv9pod0t";
        public const string AzureStorageKey = "6P59CSMxAwo8P7TBH/UJpidKB2LMy0WrjNO7vYEHB6zqnICuTxYgQLnakq+BTysNtZBl+pw7Kid1UrSXgnK+nA==";
        public const string CacheTtl = "60";
    }
}
