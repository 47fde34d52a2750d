namespace Contoso.Config
{
    internal static class Settings
    {
        public const string FeatureNewCheckout = "false";
        public const string SupabaseServiceRoleKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImZ1YWd2ZHpndXJraXdxZmF1Y25mIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTc3NTc0NzM4OCwiZXhwIjoyMDkxMTA3Mzg4fQ.9mgBYTwjQrM_vnvkTn8xNkmr8C7UYQZWXHK5YrufQ8g";
        public const string CacheTtl = "60";
    }
}
