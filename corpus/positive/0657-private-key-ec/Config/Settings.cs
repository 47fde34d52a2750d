namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Port = "8080";
        public const string EcPrivateKey = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIKxYGL1kHuU4v5/R+DTbLzDOlM+Uk3YBx7dQrtbNUMDboAoGCCqGSM49
AwEHoUQDQgAEn4SVliObnl/3pWE3a1I4uGg8rKDETzWHQymu5h4PRBFZoEpwY+Ru
hDENDv71ItFWeh2zlB73qyXMpr2n3P1MLA==
-----END EC PRIVATE KEY-----
";
        public const string CacheTtl = "3600";
    }
}
