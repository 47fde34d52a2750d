namespace Contoso.Config
{
    internal static class Settings
    {
        public const string CacheTtl = "3600";
        public const string ServiceName = "onyx-web";
        public const string EcPrivateKey = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIEOS7kKKiJYwCAur5idnkiPogNp6J6HAUI/6dEYL/lG+oAoGCCqGSM49
AwEHoUQDQgAEQxsb5vHp+A7CtO2yT/zCcHTzoq75rNitAo4ZQWcJzqwW7+Y7tIYH
VzL/XfzXR1gYToCTduHl08QfSmAWy+0abg==
-----END EC PRIVATE KEY-----
";
    }
}
