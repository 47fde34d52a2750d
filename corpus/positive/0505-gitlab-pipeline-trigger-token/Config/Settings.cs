namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Tz = "UTC";
        public const string TriggerToken = "glptt-918507c59ec0a73632c840ad17388fa0b52e7e5c";
    }
}
