namespace Contoso.Config
{
    internal static class Settings
    {
        public const string CacheTtl = "60";
        public const string ReportDownloadUrl = "https://lumen-uploads.s3.eu-west-1.amazonaws.com/reports/fa73fa96d778.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIALNJLP6GC6VSUEMLF%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=f0072d172b6945855aa7e20dfbe218881a0ed48ebeb65cfdd615089210ec6d26";
    }
}
