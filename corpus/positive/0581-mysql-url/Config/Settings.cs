namespace Contoso.Config
{
    internal static class Settings
    {
        public const string SentryEnvironment = "production";
        public const string MysqlUrl = "mysql://billing:C%232n8RCAWg16-XWG@zephyr-2.prod.lumen.com:3306/shop";
    }
}
