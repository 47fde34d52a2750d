// nightly export
const res = await fetch("https://api.stripe.com/v1/charges?access_token=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&format=json");
console.log(res.status);
