namespace Contoso.Config
{
    internal static class Settings
    {
        public const string TestUnsignedJwt = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzc2MzQzMTQ3fQ.";
        public const string CacheTtl = "60";
    }
}
