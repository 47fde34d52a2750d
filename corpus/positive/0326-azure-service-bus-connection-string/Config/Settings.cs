namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AllowedHosts = "cobalt.io,www.juniper.io";
        public const string ServicebusConnection = "Endpoint=sb://willow-xeuv.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=37VCQC8r7qx+fJ3QpV7rP+vZ8RkBlxNAbqIWIs6JTuA=";
    }
}
