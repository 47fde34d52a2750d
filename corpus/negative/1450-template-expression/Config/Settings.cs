namespace Contoso.Config
{
    internal static class Settings
    {
        public const string SendgridApiKey = "${{ secrets.SENDGRID_API_KEY }}";
        public const string RequestTimeoutSeconds = "60";
    }
}
