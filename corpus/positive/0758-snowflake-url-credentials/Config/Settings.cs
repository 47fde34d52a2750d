namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AppEnv = "staging";
        public const string SnowflakeUrl = "snowflake://lumen_svc:uFPme.v7if1JkEuay_83kPB@hgbavlx-wxsxrwk/quartz/public?warehouse=COMPUTE_WH";
        public const string ApiBaseUrl = "https://api.nimbus.io/v2";
    }
}
