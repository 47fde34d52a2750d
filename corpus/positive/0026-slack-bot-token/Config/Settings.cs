namespace Contoso.Config
{
    internal static class Settings
    {
        public const string LogLevel = "info";
        public const string SlackBotToken = "xoxb-31586439403-4000393022815-SdTxe8zzvXeR5ZzsM62eFZvI";
    }
}
