namespace Contoso.Config
{
    internal static class Settings
    {
        public const string SlackBotToken = "{{ lookup('env', 'SLACK_BOT_TOKEN') }}";
        public const string RequestTimeoutSeconds = "10";
    }
}
