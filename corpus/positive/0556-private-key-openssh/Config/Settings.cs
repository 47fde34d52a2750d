namespace Contoso.Config
{
    internal static class Settings
    {
        public const string CacheTtl = "300";
        public const string SshPrivateKey = @"-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACD/1HZHNXQfIqwkSm9RDvLRDJl2si1ycZeQ5vpD96e7rgAAAJAZ7VOcGe1T
nAAAAAtzc2gtZWQyNTUxOQAAACD/1HZHNXQfIqwkSm9RDvLRDJl2si1ycZeQ5vpD96e7rg
AAAEBlWMe2GVpnjZCK1Ci+KuwpxaGhXHeGD441Ih7X0KkETP/Udkc1dB8irCRKb1EO8tEM
mXayLXJxl5Dm+kP3p7uuAAAADWRlcGxveUBxdWFydHo=
-----END OPENSSH PRIVATE KEY-----
";
        public const string RequestTimeoutSeconds = "10";
    }
}
