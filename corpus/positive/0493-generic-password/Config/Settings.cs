namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AwsRegion = "ap-southeast-2";
        public const string AdminPassword = "2O3KQh0iW9Np*P+u";
    }
}
