// nightly export
const res = await fetch("https://api.sendgrid.com/v3/mail/send?access_token=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&format=json");
console.log(res.status);
