namespace Contoso.Config
{
    internal static class Settings
    {
        public const string SupabaseServiceRoleKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImtmeGthenhjbXdsenZodmxoZ3BhIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTc0NzE4Mzg3MSwiZXhwIjoyMDYyNTQzODcxfQ.Z5LY2e08YIqHmCQh2EJGgWNXPb7rpSRoWyUuY2OueU4";
        public const string Port = "8443";
        public const string Tz = "Europe/Berlin";
    }
}
