namespace Contoso.Config
{
    internal static class Settings
    {
        public const string AppEnv = "prod";
        public const string Tz = "UTC";
        public const string TestUnsignedJwt = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY1NzY2NTcyfQ.";
    }
}
