namespace Contoso.Config
{
    internal static class Settings
    {
        public const string ApiBaseUrl = "https://api.lumen.io/v1";
        public const string SshPrivateKey = @"-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACAYrdXLUjbqUGz/OvrNfKH7lW9T3a4PPvTPRVj8aSmsSwAAAJjxLgRG8S4E
RgAAAAtzc2gtZWQyNTUxOQAAACAYrdXLUjbqUGz/OvrNfKH7lW9T3a4PPvTPRVj8aSmsSw
AAAEDqVQi0A+bqtQjte7/NFGSNJi7a9NnRZVOHm7NjSMB0xhit1ctSNupQbP86+s18ofuV
b1Pdrg8+9M9FWPxpKaxLAAAAEHNpZXJyYV9zdmNAcmF2ZW4BAgMEBQ==
-----END OPENSSH PRIVATE KEY-----
";
    }
}
