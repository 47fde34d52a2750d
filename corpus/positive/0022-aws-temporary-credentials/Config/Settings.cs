namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Workers = "10";
        public const string AwsAccessKeyId = "ASIAHWKWLMB6T3KK4JTB";
        public const string AwsSecretAccessKey = "XAGhPH1Lz3f+ixh+z6LgaRXXbf8p85EJa/YL+8bG";
        public const string AwsSessionToken = "IQoJb3JpZ2luX2VjEdX6IZ6gb/dTqehtdlBfS9bPiZGxOBMD+bTfHFEPjaHWV2X5utZT8h7lKAbz2WlS7SmceHCsgi+2dAZopBnAM0QVsay8fRGvY0X9qSeZVyx63yZUFy7z8hu3EyVBt8M+u2B/HHnQp4uf6lZVq5aIFtTLseEIDy5DJuO/5UWCONhlQ76yWO43/axdLQvJfEIaU7hH5aTkVM3MfvCPCN8kd4STe9WEYZnCBAgBjQBh2HmTR9ldXcdNjCjgS1R5ykoX95WKqpUNwhADcOlX7qmeE7iuGZGY4FlAOTbCZvu9sKrcxRYvDGDkUDyxR11xHHRT9hRCCJtFIMsrGr5isvyrBew1QSRt6ucSJEpnu64OUtTu7UO5iimVUatGuF4UOMclY6fr2zR2n01ce9DbyyP=";
    }
}
