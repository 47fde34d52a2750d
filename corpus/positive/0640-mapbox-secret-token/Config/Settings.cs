namespace Contoso.Config
{
    internal static class Settings
    {
        public const string MapboxDownloadsToken = "sk.eyJ1IjoiEikhVjExq1HI0GhpbP5ZGvuxovw8pUvyGxLFqgWF.CHrJgHyxollsPQmE7EKGuW";
        public const string Tz = "UTC";
    }
}
