namespace Contoso.Config
{
    internal static class Settings
    {
        public const string CacheTtl = "60";
        public const string PaystackSecretKey = "sk_live_4510c32a2647f8f491a10c1701a846644aa234de";
    }
}
