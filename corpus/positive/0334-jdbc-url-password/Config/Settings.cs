namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ApiBaseUrl = "https://api.copper.io/v1";
        public const string JdbcUrl = "jdbc:postgresql://lumen.us-central-1.rds.amazonaws.com:5432/zephyr?user=deploy&password=jhx5MKzq.%23-IGG5.vOH&ssl=true";
    }
}
