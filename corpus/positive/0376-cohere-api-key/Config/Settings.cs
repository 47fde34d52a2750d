namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Port = "5000";
        public const string CohereApiKey = "Tp5EHTPh6RYMoisnVzz6zYeXvYxPSU2t8OBlisFl";
        public const string Workers = "10";
    }
}
