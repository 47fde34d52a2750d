namespace Contoso.Config
{
    internal static class Settings
    {
        public const string Workers = "4";
        public const string MongodbUri = "mongodb+srv://deploy:7vdnCvfouPI%23J-naFaILuf6@cluster0.8q6ki.mongodb.net/catalog?retryWrites=true&w=majority";
    }
}
