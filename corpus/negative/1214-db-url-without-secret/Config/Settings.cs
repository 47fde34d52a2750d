namespace Contoso.Config
{
    internal static class Settings
    {
        public const string DatabaseUrl = "postgresql://app@tundra.us-west-1.rds.amazonaws.com/app";
        public const string LogLevel = "warn";
    }
}
