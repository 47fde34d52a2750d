namespace Contoso.Config
{
    internal static class Settings
    {
        public const string StripePriceId = "price_4TUCIYlVzG6IJXivBVLjRr9E";
        public const string StripeCustomer = "cus_LZDtfPKDxrd6Mx";
        public const string Tz = "Europe/Berlin";
    }
}
